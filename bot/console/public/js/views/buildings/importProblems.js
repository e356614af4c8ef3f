// The problems of a refused building CSV, from the server's 400 answer, in Italian where they are known.
const PHRASES = [
  [/^not a readable CSV: /, 'il file non è un CSV leggibile: '],
  [/^no buildings in the file$/, 'nel file non ci sono edifici'],
  [/^at most (\d+) buildings a file$/, 'al massimo $1 edifici per file'],
  [/^row (\d+): /, 'riga $1: '],
  [/unknown neighbourhood "([^"]*)"/, 'quartiere sconosciuto «$1»'],
  [/the code (\S+) appears twice/, 'il codice $1 compare due volte'],
  [/code: letters, digits and - only \(at most 40\)/, 'codice: solo lettere, cifre e - (al massimo 40)'],
  [/neighbourhood is missing/, 'manca il quartiere'],
  [/address is missing/, 'manca l’indirizzo'],
  [/staircase names are 1 to 4 letters or digits/, 'le scale si chiamano con 1–4 lettere o cifre'],
  [/^\(and (\d+) more\)$/, 'e altri $1 problemi'],
];

const italian = (problem) => PHRASES.reduce((text, [pattern, words]) => text.replace(pattern, words), problem.trim());

/** data: the 400 body ({message, problems?}); the list of problems to show. */
export function importProblems(data) {
  if (Array.isArray(data.problems)) return data.problems.map(italian);
  const message = String(data.message || 'file non valido');
  const list = message.replace(/^the CSV was not imported: /, '').replace(/ (\(and \d+ more\))$/, '; $1').replace(/^input: /, '');
  return list.split('; ').map(italian);
}
