/**
 * Common given names whose gender is unambiguous, used only to choose between
 * a "he" and a "she" antecedent. Unknown names stay neutral and match both.
 */
import type { Gender } from './quote-language.js';

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy
shirley angela helen anna brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet
maria heather diane julie joyce victoria  christina joan evelyn lauren judith olivia martha cheryl megan andrea
hannah jacqueline ann  alice kathryn gloria teresa doris sara janice julia marie madison grace judy theresa
beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori alexandra tiffany kayla hillary
chelsea nikki kellyanne huma hope ivanka melania michelle elena olga tatiana natalia irina svetlana ekaterina yulia
marina anastasia angela ursula annalena sophie claire isabelle marine ségolène christine carmen lucía isabel sofía
giulia francesca chiara giorgia laura elisabeth kamala nancy maxine condoleezza madeleine theresa liz kirsten tammy
анна мария елена ольга татьяна наталья ирина светлана екатерина юлия марина анастасия валентина людмила галина
дарья ксения алина алла вера надежда лариса нина полина софья оксана инна вероника валерия маргарита любовь жанна
daria darya ksenia alina alla vera nadezhda larisa nina polina sofia oksana inna veronika valeria lyudmila galina valentina`;

const MALE = `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
keith roger  austin sean gerald carl harold dylan arthur lawrence   bryan billy bruce gabriel joe
logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene
barack bill bernie mike ted marco jeb  rudy newt reince mitch harry tim rand lindsey vladimir sergei sergey
dmitry alexei alexey andrei vyacheslav igor nikolai ivan mikhail boris yuri olaf friedrich emmanuel françois nicolas
jean-luc pedro pablo carlos giuseppe matteo sergio silvio mario xi recep benjamin volodymyr joe kim narendra
сергей владимир дмитрий алексей андрей михаил иван николай игорь юрий вячеслав антон александр евгений борис павел
максим кирилл роман олег виктор денис леонид валерий василий виталий геннадий григорий константин пётр петр фёдор
федор станислав ярослав глеб аркадий матвей рамзан руслан тимур илья никита
maxim maksim kirill roman oleg viktor denis leonid valery valeriy vasily vitaly gennady grigory konstantin pyotr
fyodor stanislav yaroslav gleb arkady ramzan ruslan timur ilya nikita`;

/** Built on first use: the content script pays nothing for it on pages without quotes. */
let table: Map<string, Gender> | null = null;

function givenNames(): Map<string, Gender> {
  if (table) return table;
  table = new Map<string, Gender>();
  for (const name of FEMALE.split(/\s+/)) table.set(name, 'f');
  for (const name of MALE.split(/\s+/)) if (!table.has(name)) table.set(name, 'm');
  return table;
}

/** The gender a given name suggests, or null when unknown or ambiguous. */
export function genderOfGivenName(name: string): Gender | null {
  return givenNames().get(name.toLowerCase()) ?? null;
}

/** Russian surnames carry gender: Petrova, Ivanova ↔ Petrov, Ivanov. */
export function genderOfSurname(surname: string): Gender | null {
  if (/(ova|eva|skaya|ская|ова|ева|ина)$/i.test(surname)) return 'f';
  if (/(ov|ev|sky|ский|ов|ев|ин)$/i.test(surname)) return 'm';
  return null;
}
