// Behaviour of speaker-name cleaning, people-finding and surname resolution.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { genderOfName, isPersonName, mentionedPeople, personNamed, resolveShortName, speakerName } from '../../src/quotes/speaker-names.js';

describe('speakerName', () => {
  it('drops titles and roles before a name', () => {
    assert.equal(speakerName('Defense Secretary Alan Ferris'), 'Alan Ferris');
    assert.equal(speakerName('Democratic Senate Majority Leader Ruth Calder'), 'Ruth Calder');
    assert.equal(speakerName('President George W. Bush'), 'George W. Bush');
    assert.equal(speakerName('chairman and chief executive Tom Eriksen'), 'Tom Eriksen');
    assert.equal(speakerName('Mr Pryce'), 'Pryce');
    assert.equal(speakerName('Mr Bishop'), 'Bishop');
  });

  it('keeps a description as written, with a sentence-opening article lower-cased', () => {
    assert.equal(speakerName('The minister'), 'the minister');
    assert.equal(speakerName('an official'), 'an official');
    assert.equal(speakerName('the lawyer for the tenants'), 'the lawyer for the tenants');
  });

  it('keeps a body named after a preposition or a possessive as the whole phrase', () => {
    assert.equal(speakerName('a spokesman for Microsoft'), 'a spokesman for Microsoft');
    assert.equal(speakerName("a spokesman for the Data Commissioner's Office"), "a spokesman for the Data Commissioner's Office");
  });

  it('keeps an organisation with its article', () => {
    assert.equal(speakerName('The White House'), 'the White House');
  });

  it('takes the person after a possessive of a body', () => {
    assert.equal(speakerName("Harbour Networks' Clara Dunmore"), 'Clara Dunmore');
  });

  it('keeps a lone title as written', () => {
    assert.equal(speakerName('the President'), 'the President');
  });

  it('does not take General Motors for a general', () => {
    assert.equal(speakerName('General Motors'), 'General Motors');
  });

  it('takes the person after the body a title names, with `of` or `for` set off by any white space', () => {
    assert.equal(speakerName('Secretary of State Ana M. Pell'), 'Ana M. Pell');
    assert.equal(speakerName('Minister\tfor Health Ida Berg'), 'Ida Berg');
  });

  it('does not take an acronym run for a person, but keeps initials', () => {
    assert.equal(isPersonName('NATO BBC', []), false);
    assert.equal(isPersonName('J. K. Rowling', []), true);
  });

  it('keeps two names joined by and', () => {
    assert.equal(speakerName('authors Mia Holm and Jonas Berg'), 'Mia Holm and Jonas Berg');
  });

  it('handles lower-case name prefixes', () => {
    assert.equal(speakerName('Foreign Minister Nadia al-Rashid'), 'Nadia al-Rashid');
  });
});

describe('mentionedPeople', () => {
  it('finds titled names and names of two or more words, not bodies or places', () => {
    const names = mentionedPeople('Mr Pryce met Helen Park at the Foreign Office in New York on Monday.').map((m) => m.name);
    assert.deepEqual(names, ['Pryce', 'Helen Park']);
  });

  it('marks possessives and tells gender from titles', () => {
    const [varga, lind] = mentionedPeople("Ms Varga's plan angered Mr Tom Lind.");
    assert.equal(varga?.possessive, true);
    assert.equal(varga?.gender, 'female');
    assert.equal(lind?.gender, 'male');
  });

  it('resolves a known surname', () => {
    assert.deepEqual(
      mentionedPeople('Later, Okafor agreed.', ['Grace Okafor']).map((m) => m.name),
      ['Grace Okafor'],
    );
  });

  it('finds names that open with a capital beyond ASCII, or with an Arabic prefix, and none inside a word', () => {
    const text = 'Then Ωmega Λambda, Émile Zola and 𝐀da Lovelace met al-Rashid Omar..Ada Byrne; iPhone Maker and x-Ray Jones left.';
    assert.deepEqual(
      mentionedPeople(text).map((m) => m.name),
      ['Ωmega Λambda', 'Émile Zola', '𝐀da Lovelace', 'al-Rashid Omar', 'Ada Byrne'],
    );
  });

  it('reads the word before a name for a body, however far back it is', () => {
    assert.deepEqual(mentionedPeople('a report by the   Harbour Trust and of  Ana Ruiz').map((m) => m.name), []);
    assert.deepEqual(mentionedPeople('Ms Ana Ruiz of the Harbour Trust').map((m) => m.name), ['Ana Ruiz']);
  });

  it('ignores furniture verbs at the start of a line', () => {
    assert.deepEqual(mentionedPeople('Watch Berg talk about it »', ['Jonas Berg']).map((m) => m.name), ['Jonas Berg']);
  });
});

describe('personNamed', () => {
  it('finds the person a speaker phrase names, or null for a description', () => {
    assert.equal(personNamed('Ms Ada Kerr', [])?.name, 'Ada Kerr');
    assert.equal(personNamed('the ministry', []), null);
  });
});

describe('resolveShortName', () => {
  it('resolves a surname to the one full name that ends with it', () => {
    assert.equal(resolveShortName('Ferris', ['Alan J. Ferris', 'Ruth Calder']), 'Alan J. Ferris');
  });

  it('keeps an ambiguous surname as written', () => {
    assert.equal(resolveShortName('Reed', ['Tom Reed', 'Anna Reed']), 'Reed');
  });

  it('leaves full names and descriptions alone', () => {
    assert.equal(resolveShortName('Jane Doe', ['John Doe']), 'Jane Doe');
    assert.equal(resolveShortName('the minister', ['Jane Minister']), 'the minister');
  });
});

describe('genderOfName', () => {
  it('tells gender from a common given name, and nothing from a name given to both sexes', () => {
    assert.equal(genderOfName('Margaret Olsen'), 'female');
    assert.equal(genderOfName('Walter Brandt'), 'male');
    assert.equal(genderOfName('Robin Ashe'), null);
    assert.equal(genderOfName('Taylor Quinn'), null);
  });
});

describe('isPersonName', () => {
  it('takes a surname that is also half of a place name (Costa) for a person', () => {
    assert.equal(isPersonName('Elena Costa', []), true);
  });
});
