// Sentence adverbs and connectives: words that may open a sentence before its subject (`Still, …`,
// `Meanwhile Ruiz said`) and never start a name. One list, lower-case, for the subject and name readers.
// A word in -ly not listed here is not taken for one: `Kelly, however, …` and `Donnelly said` are names.

/** Sentence adverbs and connectives, lower-case. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  (
    'still yet then now later earlier meanwhile instead also however indeed nonetheless nevertheless moreover ' +
    'furthermore besides otherwise therefore thus hence consequently finally likewise similarly additionally ' +
    'ultimately overall certainly clearly obviously fortunately unfortunately surely naturally honestly frankly ' +
    'sadly luckily notably importantly interestingly specifically generally typically usually often sometimes ' +
    'recently currently initially eventually afterward afterwards again already actually apparently admittedly ' +
    'alas hopefully ironically separately previously reportedly allegedly privately publicly personally ' +
    'politically historically traditionally originally predictably curiously remarkably understandably ' +
    'accordingly conversely alternatively incidentally essentially basically seriously regardless lastly ' +
    'firstly secondly thirdly increasingly ideally tellingly fittingly crucially significantly presumably ' +
    'arguably evidently undoubtedly inevitably oddly strangely ominously belatedly briefly subsequently ' +
    'shortly immediately perhaps'
  ).split(' '),
);

/** The adverbs as a regular-expression alternation, longest first. */
export const SENTENCE_ADVERB_PATTERN = [...SENTENCE_ADVERBS].sort((a, b) => b.length - a.length).join('|');
