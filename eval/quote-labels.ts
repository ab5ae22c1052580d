// Hand labels of who said the quotations of ten corpus articles, by reference only: file, paragraph
// number (as the loader numbers them), the quotation's first three words and the speaker. No article text
// beyond those three words is copied; the articles stay in ../shared/corpus. Where the text names a speaker
// by description (`the minister`) and the description's person is clear, both answers are accepted.

/** Who said the quotation that opens with `start` in paragraph `paragraph` of `file`. */
export interface QuoteLabel {
  file: string;
  paragraph: number;
  start: string;
  /** The speaker, null when the text leaves it unclear, or the accepted answers. */
  speaker: string | null | string[];
}

const ICC = 'cnn/f001ec5c4704938247d27a44948eebb37ae98d01.story';
const BURNS = 'cnn/a1ebb8bb4d370a1fdf28769206d572be60642d70.story';
const DOG = 'cnn/230c522854991d053fe98a718b1defa077a8efef.story';
const JAIL = 'cnn/ee8871b15c50d0db17b0179a6d2beab35065f1e9.story';
const AMNESTY = 'cnn/e2706dce6cf26bc61b082438188fdb6e130d9e40.story';
const COAL = 'bbc/articles/business/042.txt';
const OSCARS = 'bbc/articles/entertainment/059.txt';
const LEAVE = 'bbc/articles/politics/003.txt';
const DOPING = 'bbc/articles/sport/046.txt';
const DOMAINS = 'bbc/articles/tech/049.txt';
const ANNE = 'cnn/203886369feea77bbc35715e6d7e518b751f57de.story';
const BARKER = 'cnn/2bd8ada1de6a7b02f59430cc82045eb8d29cf033.story';
const XINJIANG = 'cnn/c222979bd1cfbc7d3ff821e9c738e3dbd29b14f4.story';
const MALWARE = 'bbc/articles/tech/077.txt';
const KENTERIS = 'bbc/articles/sport/047.txt';
const OECD = 'bbc/articles/business/030.txt';
const BERLIN = 'bbc/articles/entertainment/058.txt';
const POLYPS = 'cnn/24521a2abb2e1f5e34e6824e0f9e56904a2b0e88.story';
const GERMANWINGS = 'cnn/469c6ac05092ca5997728c9dfc19f9ab6b936e40.story';
const FLIGHTS = 'bbc/articles/business/015.txt';
const ROVER = 'bbc/articles/business/034.txt';
const BUDGET = 'bbc/articles/politics/021.txt';
const BAGHDAD = 'cnn/7c0e61ac829a3b3b653e2e3e7536cc4881d1f264.story';
const DEFECTOR = 'bbc/articles/politics/053.txt';
const RAND = 'bbc/articles/business/055.txt';
const SPRINTERS = 'bbc/articles/sport/033.txt';
const SMARTIES = 'bbc/articles/entertainment/014.txt';
const BALLOTS = 'bbc/articles/politics/061.txt';

/** The labels, article by article. */
export const QUOTE_LABELS: QuoteLabel[] = [
  { file: ICC, paragraph: 3, start: 'in the occupied', speaker: 'the Palestinians' },
  { file: ICC, paragraph: 7, start: 'As Palestine formally', speaker: 'Riad al-Malki' },
  { file: ICC, paragraph: 7, start: 'Indeed, today brings', speaker: 'Riad al-Malki' },
  { file: ICC, paragraph: 9, start: 'As the Rome', speaker: 'Kuniko Ozaki' },
  { file: ICC, paragraph: 11, start: 'Governments seeking to', speaker: 'Balkees Jarrah' },
  { file: ICC, paragraph: 12, start: "What's objectionable is", speaker: 'Balkees Jarrah' },
  { file: ICC, paragraph: 14, start: 'strongly', speaker: 'the United States' },
  { file: ICC, paragraph: 15, start: 'As we have', speaker: 'the State Department' },
  { file: ICC, paragraph: 16, start: 'We will continue', speaker: 'the State Department' },
  { file: ICC, paragraph: 18, start: 'conduct its analysis', speaker: 'Fatou Bensouda' },

  { file: BURNS, paragraph: 4, start: 'I was so', speaker: 'Zainab' },
  { file: BURNS, paragraph: 4, start: "I didn't think", speaker: 'Zainab' },
  { file: BURNS, paragraph: 6, start: 'We just want', speaker: 'his father' },
  { file: BURNS, paragraph: 6, start: 'We knew there', speaker: 'his father' },
  { file: BURNS, paragraph: 7, start: 'no stone unturned', speaker: 'his father' },
  { file: BURNS, paragraph: 13, start: 'We are prepared', speaker: 'Barbara Friedman' },
  { file: BURNS, paragraph: 13, start: 'We expect that', speaker: 'Barbara Friedman' },
  { file: BURNS, paragraph: 14, start: 'He will be', speaker: 'Barbara Friedman' },
  { file: BURNS, paragraph: 16, start: 'I will do', speaker: 'his father' },
  { file: BURNS, paragraph: 16, start: 'Our child is', speaker: 'his father' },

  { file: DOG, paragraph: 5, start: 'Considering everything that', speaker: 'Sara Mellado' },
  { file: DOG, paragraph: 6, start: "She's a true", speaker: 'Sara Mellado' },
  { file: DOG, paragraph: 10, start: 'She is in', speaker: 'Sara Mellado' },
  { file: DOG, paragraph: 11, start: 'make sure she', speaker: 'Sara Mellado' },

  { file: JAIL, paragraph: 4, start: 'avoidable felonies', speaker: 'Steven Leifman' },
  { file: JAIL, paragraph: 10, start: 'I am the', speaker: 'one man' },
  { file: JAIL, paragraph: 14, start: 'lunatics', speaker: 'Steven Leifman' },

  { file: AMNESTY, paragraph: 2, start: 'The dark trend', speaker: 'Salil Shetty' },
  { file: AMNESTY, paragraph: 3, start: 'It is shameful', speaker: 'Salil Shetty' },
  { file: AMNESTY, paragraph: 9, start: 'The long-term trend', speaker: 'Audrey Gaughran' },
  { file: AMNESTY, paragraph: 10, start: 'A number of', speaker: 'Audrey Gaughran' },
  { file: AMNESTY, paragraph: 12, start: 'against scores of', speaker: 'the report' },
  { file: AMNESTY, paragraph: 16, start: 'Even though we', speaker: 'Audrey Gaughran' },
  { file: AMNESTY, paragraph: 16, start: 'Across the board', speaker: 'Audrey Gaughran' },
  { file: AMNESTY, paragraph: 19, start: 'more than the', speaker: ['Amnesty', 'Amnesty International'] },
  { file: AMNESTY, paragraph: 21, start: 'In the majority', speaker: 'the report' },
  { file: AMNESTY, paragraph: 21, start: 'In 2014 Amnesty', speaker: 'the report' },
  { file: AMNESTY, paragraph: 23, start: 'The taking of', speaker: 'Ban Ki-moon' },
  { file: AMNESTY, paragraph: 24, start: 'We must continue', speaker: 'Ban Ki-moon' },

  { file: COAL, paragraph: 2, start: 'significant progress', speaker: 'UK Coal' },
  { file: COAL, paragraph: 2, start: 'significantly uplift earnings', speaker: ['the company', 'UK Coal'] },
  { file: COAL, paragraph: 3, start: 'We have a', speaker: 'Gerry Spindler' },

  { file: OSCARS, paragraph: 2, start: 'honoured to have', speaker: 'Sky' },
  { file: OSCARS, paragraph: 2, start: 'in a way', speaker: 'Sky' },
  { file: OSCARS, paragraph: 2, start: 'decided to pass', speaker: 'the BBC' },
  { file: OSCARS, paragraph: 3, start: 'We are honoured', speaker: 'Sophie Turner Laing' },
  { file: OSCARS, paragraph: 3, start: 'Sky is the', speaker: 'Sophie Turner Laing' },
  { file: OSCARS, paragraph: 4, start: 'BBC viewers will', speaker: 'a spokesman' },

  { file: LEAVE, paragraph: 2, start: 'increasingly high priority', speaker: 'Patricia Hewitt' },
  { file: LEAVE, paragraph: 2, start: 'shared goal across', speaker: 'Patricia Hewitt' },
  { file: LEAVE, paragraph: 2, start: 'Clearly, one of', speaker: 'Patricia Hewitt' },
  { file: LEAVE, paragraph: 4, start: 'career sexism', speaker: ['the minister', 'Patricia Hewitt'] },
  { file: LEAVE, paragraph: 5, start: 'Career sexism limits', speaker: ['Patricia Hewitt', 'the minister'] },
  { file: LEAVE, paragraph: 5, start: 'What we are', speaker: ['Patricia Hewitt', 'the minister'] },
  { file: LEAVE, paragraph: 6, start: 'The average woman', speaker: ['Patricia Hewitt', 'the minister'] },

  { file: DOPING, paragraph: 2, start: 'suspicions and innuendoes', speaker: ['Paula Radcliffe', 'the marathon world record holder'] },
  { file: DOPING, paragraph: 2, start: 'Doping in sport', speaker: ['Paula Radcliffe', 'the 30-year-old'] },
  { file: DOPING, paragraph: 2, start: 'It not only', speaker: ['Paula Radcliffe', 'the 30-year-old'] },
  { file: DOPING, paragraph: 3, start: 'Being caught in', speaker: ['Paula Radcliffe', 'the 30-year-old'] },
  { file: DOPING, paragraph: 4, start: 'The current system', speaker: ['Paula Radcliffe', 'the 30-year-old'] },

  { file: DOMAINS, paragraph: 3, start: 'Although the IDN', speaker: 'Stephen Dyer' },
  { file: DOMAINS, paragraph: 4, start: 'It is important', speaker: 'Stephen Dyer' },
  { file: DOMAINS, paragraph: 4, start: 'throwing out the', speaker: 'Stephen Dyer' },
  { file: DOMAINS, paragraph: 4, start: 'A rush to', speaker: ['the organisation', 'CENTR'] },

  // Labelled before the scanner was run on these seven articles: a check on text it was not tuned to.
  { file: ANNE, paragraph: 9, start: 'She was no', speaker: 'Nannette Blitz' },
  { file: ANNE, paragraph: 13, start: 'Because of the', speaker: 'museum researchers' },
  { file: ANNE, paragraph: 15, start: 'Most deaths caused', speaker: 'Erika Prins and Gertjan Broek' },
  { file: ANNE, paragraph: 17, start: 'Anne never gave', speaker: 'Nannette Blitz' },
  { file: ANNE, paragraph: 17, start: 'She was absolutely', speaker: 'Nannette Blitz' },
  { file: BARKER, paragraph: 2, start: 'come on down', speaker: null },
  { file: XINJIANG, paragraph: 2, start: 'terrorism', speaker: 'the government' },
  { file: XINJIANG, paragraph: 2, start: 'separatism', speaker: 'the government' },
  { file: XINJIANG, paragraph: 6, start: 'national emergency', speaker: 'authorities' },
  { file: MALWARE, paragraph: 4, start: 'You cannot put', speaker: 'Pete Simpson' },
  { file: MALWARE, paragraph: 4, start: "It's about outright", speaker: 'Pete Simpson' },
  { file: MALWARE, paragraph: 4, start: 'In many ways', speaker: 'Paul King' },
  { file: MALWARE, paragraph: 4, start: 'If you think', speaker: 'Paul King' },
  { file: MALWARE, paragraph: 6, start: 'The main motivation', speaker: 'Gary Stowell' },
  { file: KENTERIS, paragraph: 2, start: 'The accident happened', speaker: 'Kostas Kenteris' },
  { file: KENTERIS, paragraph: 2, start: 'I told the', speaker: 'Kostas Kenteris' },
  { file: KENTERIS, paragraph: 3, start: 'If a decision', speaker: ['Kostas Kenteris', 'the 31-year-old'] },
  { file: KENTERIS, paragraph: 3, start: 'I had even', speaker: 'Kostas Kenteris' },
  { file: OECD, paragraph: 3, start: 'There are nonetheless', speaker: 'Jean-Philippe Cotis' },
  { file: OECD, paragraph: 4, start: 'The oil shock', speaker: 'Vincent Koen' },
  { file: OECD, paragraph: 4, start: 'The recovery that', speaker: 'Vincent Koen' },
  { file: OECD, paragraph: 4, start: 'spectacular comeback', speaker: 'the OECD' },
  { file: OECD, paragraph: 4, start: 'Supported by strong', speaker: 'the OECD' },
  { file: OECD, paragraph: 4, start: 'It remains to', speaker: 'the report' },
  { file: BERLIN, paragraph: 2, start: 'a new consciousness', speaker: 'Dieter Kosslick' },
  { file: BERLIN, paragraph: 2, start: "They're on an", speaker: 'Dieter Kosslick' },
  { file: BERLIN, paragraph: 2, start: "This isn't to", speaker: 'Dieter Kosslick' },
  { file: BERLIN, paragraph: 2, start: "It's just that", speaker: 'Dieter Kosslick' },
  { file: BERLIN, paragraph: 3, start: 'There is no', speaker: 'Dieter Kosslick' },
  { file: BERLIN, paragraph: 3, start: "I'm not worried", speaker: 'Dieter Kosslick' },

  // A second such check, after fixes prompted by the first.
  { file: POLYPS, paragraph: 1, start: 'none appeared worrisome', speaker: 'a White House spokesman' },
  { file: POLYPS, paragraph: 6, start: 'monitored anesthesia care', speaker: 'Scott Stanzel' },
  { file: POLYPS, paragraph: 16, start: 'The president wants', speaker: 'Tony Snow' },
  { file: GERMANWINGS, paragraph: 2, start: 'so far no', speaker: 'Brice Robin' },
  { file: GERMANWINGS, paragraph: 3, start: 'A person who', speaker: 'Brice Robin' },
  { file: GERMANWINGS, paragraph: 7, start: 'One can hear', speaker: 'Paris Match' },
  { file: GERMANWINGS, paragraph: 7, start: 'Metallic banging can', speaker: 'Paris Match' },
  { file: GERMANWINGS, paragraph: 8, start: 'It is a', speaker: 'Julian Reichelt' },
  { file: GERMANWINGS, paragraph: 10, start: 'completely wrong', speaker: 'Jean-Marc Menichini' },
  { file: GERMANWINGS, paragraph: 10, start: 'unwarranted', speaker: 'Jean-Marc Menichini' },
  { file: GERMANWINGS, paragraph: 11, start: "hadn't been exploited", speaker: 'Jean-Marc Menichini' },
  { file: GERMANWINGS, paragraph: 14, start: 'very confident', speaker: 'Julian Reichelt' },
  { file: GERMANWINGS, paragraph: 16, start: 'That is something', speaker: 'Julian Reichelt' },
  { file: GERMANWINGS, paragraph: 19, start: 'previous episode of', speaker: ['Andreas Lubitz', 'Lubitz', 'the airline'] },
  { file: GERMANWINGS, paragraph: 22, start: 'swift and seamless', speaker: 'Lufthansa' },
  { file: GERMANWINGS, paragraph: 31, start: 'held all the', speaker: 'a Lufthansa spokesperson' },
  { file: GERMANWINGS, paragraph: 35, start: 'a big part', speaker: 'the source' },
  { file: GERMANWINGS, paragraph: 39, start: 'Psychology can explain', speaker: 'Brian Russell' },
  { file: GERMANWINGS, paragraph: 39, start: 'But there is', speaker: 'Brian Russell' },
  { file: FLIGHTS, paragraph: 2, start: 'bad piece of', speaker: ['IATA', 'the International Air Transport Association'] },
  { file: FLIGHTS, paragraph: 5, start: "It's a preposterous", speaker: 'Michael Cawley' },
  { file: FLIGHTS, paragraph: 7, start: 'grey areas', speaker: 'Marja Quillinan-Meiland' },
  { file: FLIGHTS, paragraph: 7, start: 'these are not', speaker: 'Marja Quillinan-Meiland' },
  { file: FLIGHTS, paragraph: 7, start: 'We reckon it', speaker: 'Andy Clarke' },
  { file: FLIGHTS, paragraph: 7, start: "That's basically a", speaker: 'Andy Clarke' },
  { file: FLIGHTS, paragraph: 8, start: 'The boom in', speaker: 'Jacques Barrot' },
  { file: FLIGHTS, paragraph: 8, start: 'This is a', speaker: 'Jacques Barrot' },
  { file: ROVER, paragraph: 2, start: 'speculation', speaker: 'Rover' },
  { file: ROVER, paragraph: 2, start: 'not very far', speaker: 'Rover' },
  { file: ROVER, paragraph: 3, start: 'confident', speaker: 'Rover bosses' },
  { file: ROVER, paragraph: 4, start: 'This is a', speaker: 'Tony Woodley' },
  { file: ROVER, paragraph: 4, start: 'SAIC is extremely', speaker: 'a source close to the Chinese firm' },
  { file: BUDGET, paragraph: 3, start: 'No politician should', speaker: 'Gordon Brown' },
  { file: BUDGET, paragraph: 4, start: 'affordable', speaker: 'Gordon Brown' },
  { file: BUDGET, paragraph: 4, start: 'cornerstone', speaker: 'Tony Blair' },
  { file: BUDGET, paragraph: 5, start: 'a rich agenda', speaker: 'Tony Blair' },
  { file: BUDGET, paragraph: 6, start: 'In every area', speaker: 'Tony Blair' },
  { file: BUDGET, paragraph: 6, start: 'He thinks everything', speaker: 'Carl Emmerson' },
  { file: BUDGET, paragraph: 6, start: 'His forecast that', speaker: 'David Page' },
  { file: BUDGET, paragraph: 7, start: "I can't find", speaker: 'Oliver Letwin' },
  { file: BUDGET, paragraph: 7, start: 'fancy statistics', speaker: 'Oliver Letwin' },
  { file: BUDGET, paragraph: 7, start: 'golden rule', speaker: 'Vincent Cable' },
  { file: BUDGET, paragraph: 7, start: 'It is very', speaker: 'Vincent Cable' },

  // A third such check, after all the fixes above; not tuned on.
  { file: BAGHDAD, paragraph: 3, start: "People shouldn't criticize", speaker: 'Suha' },
  { file: BAGHDAD, paragraph: 3, start: 'They all say', speaker: 'Suha' },
  { file: BAGHDAD, paragraph: 5, start: "I don't have", speaker: 'Suha' },
  { file: BAGHDAD, paragraph: 7, start: 'No matter what', speaker: 'Suha' },
  { file: BAGHDAD, paragraph: 10, start: 'At the start', speaker: 'Karima' },
  { file: BAGHDAD, paragraph: 11, start: 'My husband died', speaker: 'Karima' },
  { file: BAGHDAD, paragraph: 14, start: 'They took advantage', speaker: 'Karima' },
  { file: BAGHDAD, paragraph: 14, start: 'At first I', speaker: 'Karima' },
  { file: BAGHDAD, paragraph: 17, start: "It's increasing", speaker: 'Suha' },
  { file: BAGHDAD, paragraph: 17, start: 'I found this', speaker: 'Suha' },
  { file: BAGHDAD, paragraph: 19, start: 'At this point', speaker: 'Yanar Mohammed' },
  { file: BAGHDAD, paragraph: 19, start: "It's a taboo", speaker: 'Yanar Mohammed' },
  { file: BAGHDAD, paragraph: 20, start: 'There is a', speaker: 'Yanar Mohammed' },
  { file: BAGHDAD, paragraph: 22, start: 'Most of the', speaker: 'Basma Rahim' },
  { file: BAGHDAD, paragraph: 23, start: 'come tell us', speaker: 'Yanar Mohammed' },
  { file: BAGHDAD, paragraph: 24, start: 'She has sex', speaker: 'Basma Rahim' },
  { file: BAGHDAD, paragraph: 26, start: 'They took this', speaker: 'Basma Rahim' },
  { file: BAGHDAD, paragraph: 27, start: 'Everything is for', speaker: 'Karima' },
  { file: BAGHDAD, paragraph: 28, start: 'I would never', speaker: 'Karima' },
  { file: BAGHDAD, paragraph: 31, start: "It's not like", speaker: 'Suha' },
  { file: BAGHDAD, paragraph: 32, start: 'I lay on', speaker: 'Suha' },
  { file: DEFECTOR, paragraph: 2, start: 'average British citizen', speaker: 'the British authorities' },
  { file: DEFECTOR, paragraph: 2, start: 'Hunger strike is', speaker: 'Viktor Makarov' },
  { file: DEFECTOR, paragraph: 2, start: 'Since I came', speaker: 'Viktor Makarov' },
  { file: DEFECTOR, paragraph: 3, start: 'very happy', speaker: 'Oleg Gordievsky' },
  { file: DEFECTOR, paragraph: 3, start: 'The British state', speaker: 'Oleg Gordievsky' },
  { file: DEFECTOR, paragraph: 3, start: 'I believe the', speaker: 'David Kahn' },
  { file: RAND, paragraph: 2, start: 'more for all', speaker: 'Trevor Manuel' },
  { file: RAND, paragraph: 5, start: 'In this budget', speaker: 'Trevor Manuel' },
  { file: RAND, paragraph: 5, start: 'marked improvement', speaker: 'Trevor Manuel' },
  { file: RAND, paragraph: 5, start: "It's pleasant to", speaker: 'Colen Garrow' },
  { file: SPRINTERS, paragraph: 2, start: 'unacceptable', speaker: 'the IAAF' },
  { file: SPRINTERS, paragraph: 2, start: 'provisionally suspended pending', speaker: 'the IAAF' },
  { file: SPRINTERS, paragraph: 3, start: 'There will be', speaker: 'the IAAF' },
  { file: SPRINTERS, paragraph: 3, start: "The IAAF's decision", speaker: 'Christos Tzekos' },
  { file: SPRINTERS, paragraph: 3, start: "We'll be presenting", speaker: 'Christos Tzekos' },
  { file: SMARTIES, paragraph: 3, start: "the UK's biggest", speaker: null },
  { file: SMARTIES, paragraph: 3, start: 'never looked stronger', speaker: 'Julia Eccleshare' },
  { file: SMARTIES, paragraph: 3, start: 'This award counts', speaker: 'Julia Eccleshare' },
  { file: SMARTIES, paragraph: 3, start: "This year's young", speaker: 'Julia Eccleshare' },
  { file: BALLOTS, paragraph: 2, start: 'We have sent', speaker: 'a spokesman for Darlington Council' },
  { file: BALLOTS, paragraph: 3, start: 'We are investigating', speaker: 'a spokeswoman for Royal Mail' },
  { file: BALLOTS, paragraph: 4, start: 'Initially we had', speaker: ['the Darlington Council spokesman', 'a spokesman for Darlington Council'] },
];
