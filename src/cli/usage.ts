export const USAGE = `Usage: plainsight analyze [--json] [--url URL] [--summary short|medium|long] FILE...
       plainsight --help

Analyses saved news pages on this machine (nothing is fetched): finds the
article, the donation / newsletter / subscription appeals Plainsight would
hide, and sums the article up.

FILE      .html, .htm or .html.gz (charset detected from the bytes and <meta>),
          or .txt (plain text, one paragraph a line: extraction and hiding are
          skipped, the summary, figures and quotes still run).

Options:
  --json       One JSON object a line, in input order:
               {"file","url","isArticle","title","byline","siteName","lang",
                "publishedTime","text","wordCount","readingMinutes",
                "summary":[string],
                "figures":[{"text","value","unit","context"}],
                "quotes":[{"text","speaker","context"}],
                "hidden":[{"kind","selector","text","reasons":[string]}]}
               A file that cannot be read or parsed prints {"file","error"}.
  --url URL    The page's address (resolves relative links; reported as "url").
               Without it, the page's canonical URL is used when it has one.
  --summary L  Summary length: short (3 sentences), medium (3, or 4 within
               about 75 words; the default), long (5).
  -h, --help   Show this help.

Exit status: 0 when every file was analysed, 1 when any file failed,
2 on bad usage.
`;
