// The largest web page lede reads, one number for the two places that cap it: a fetch stops
// reading a body past it (read/fetch.ts) and the parser refuses a longer page text (parse/index.ts).

/** 16 MiB: the most bytes a fetch reads and the most characters read as a web page. A page is well under a megabyte; a 2 GiB body must not fill memory. */
export const MAX_PAGE_SIZE = 16 * 1024 * 1024;
