/** English appeal wording, collected from news-site donation asks, newsletter boxes and paywall nags. */
import { phrases } from './phrase-entry.js';

export const EN = [
  ...phrases('donation', [
    ['support us', 1.5], ['support us monthly', 2], ['support our journalism', 2], ['support independent journalism', 2],
    ['support our work', 2], ['support quality journalism', 2], ['make a contribution', 2], ['make a donation', 2],
    ['donate', 1], ['donate now', 2], ['donate today', 2], ['donation*', 1], ['contribute', 1], ['contribution', 0.5],
    ['every contribution', 1.5], ['become a member', 1.5], ['become a patron', 2], ['become a supporter', 2],
    ['we need your help', 1.5], ['your support', 1], ['help us keep', 1], ['keep it free', 1], ['reader-funded', 1.5],
    ['reader funded', 1.5], ['reader-supported', 1.5], ['fund our journalism', 2], ['funded by readers', 1.5],
    ['chip in', 1], ['tip jar', 1.5], ['buy me a coffee', 2], ['not ready to support', 1.5], ['support the', 0.5],
    ['as little as', 1], ['tax-deductible', 1.5], ['one-time', 0.5], ['give monthly', 2], ['give now', 1.5],
  ]),
  ...phrases('newsletter', [
    ['newsletter*', 1], ['sign up for our newsletter', 2], ['subscribe to our newsletter', 2], ['sign up', 0.5],
    ['sign up for', 1], ['in your inbox', 1.5], ['to your inbox', 1.5], ['in your mailbox', 1.5], ['delivered to your inbox', 2],
    ['straight to your inbox', 2], ['weekly newsletter', 1.5], ['daily newsletter', 1.5], ['enter your email', 1.5],
    ['enter your e-mail', 1.5], ['your email address', 1], ['your e-mail address', 1], ['email address', 0.5],
    ['unsubscribe at any time', 1.5], ['unsubscribe anytime', 1.5], ['by signing up', 1.5], ['no spam', 1],
    ['get our newsletter', 2], ['join our mailing list', 2], ['mailing list', 1], ['get the best of', 1],
    ['get an email whenever', 2],
  ]),
  ...phrases('subscription', [
    ['subscribe', 0.5], ['subscribe now', 1.5], ['subscribe today', 1.5], ['subscribe for $#', 2], ['subscribe for just', 2],
    ['free articles left', 2], ['free article left', 2], ['free articles remaining', 2], ['you have # free', 2],
    ['# free articles', 1.5], ['already a subscriber', 2], ['already subscribed', 1.5], ['subscribers only', 1.5],
    ['subscriber-only', 1.5], ['for subscribers', 1], ['unlimited access', 1.5], ['unlimited digital access', 2],
    ['digital subscription', 1.5], ['cancel anytime', 1.5], ['cancel at any time', 1.5], ['start your free trial', 1.5],
    ['free trial', 1], ['$# a month', 1], ['$#/month', 1], ['$# per month', 1], ['per month', 0.5], ['/month', 0.5],
    ['$# a week', 1], ['subscribe to continue', 2], ['to continue reading', 1.5], ['keep reading', 0.5],
  ]),
  ...phrases(null, [
    ['remind me later', 1.5], ['maybe later', 1], ['no thanks', 1], ['no, thanks', 1], ['not now', 0.5],
    ['privacy policy', 0.5], ['terms of service', 0.5],
  ]),
];
