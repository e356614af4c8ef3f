// The content check's problems (the server writes them in English, as `npm run content:check` does) in Italian.
const PHRASES = [
  [/^the main menu tree "([^"]+)" is missing$/, 'manca il dialogo del menu principale «$1»'],
  [/^start node "([^"]+)" does not exist$/, 'il primo passo «$1» non esiste'],
  [/^node "([^"]+)" calls unknown action "([^"]+)"$/, 'il passo «$1» chiama un’azione che il bot non conosce: «$2»'],
  [/^node "([^"]+)" points to missing tree "@?([^"]+)"$/, 'il passo «$1» porta a un dialogo che non esiste: «$2»'],
  [/^node "([^"]+)" points to missing node "([^"]+)"$/, 'il passo «$1» porta a un passo che non esiste: «$2»'],
  [/^node "([^"]+)" has a case for unknown neighbourhood "([^"]+)"$/, 'il bivio «$1» nomina un quartiere che non esiste: «$2»'],
  [/^node "([^"]+)" is unreachable from "([^"]+)"$/, 'nessun percorso da «$2» arriva al passo «$1»'],
  [/^no node of any tree leads to this tree$/, 'nessun passo porta a questo dialogo'],
  [/^missing key "([^"]+)" \(used by the bot\)$/, 'manca il testo italiano «$1», che il bot usa'],
  [/^the language has no texts$/, 'la lingua non ha testi'],
  [/^not a language code .*$/, 'non è un codice di lingua (come «pt» o «pt-br»)'],
  [/^missing plural form "([^"]+)"$/, 'manca la forma plurale «$1»'],
  [/^missing key "([^"]+)"$/, 'manca la traduzione di «$1»'],
  [/^key "([^"]+)" is not in the source language \(it\)$/, 'il testo «$1» non esiste in italiano'],
  [/^plural form "([^"]+)" does not exist in this language$/, 'questa lingua non ha la forma plurale «$1»'],
  [/^key "([^"]+)" is empty$/, 'il testo «$1» è vuoto'],
  [/^key "([^"]+)" has placeholders \{([^}]*)\} but the source has \{([^}]*)\}$/, 'il testo «$1» ha i segnaposto {$2} ma l’italiano ha {$3}: i segnaposto come {{max}} vanno copiati uguali'],
  [/^key "([^"]+)" is (\d+) characters; Telegram allows (\d+)$/, 'il testo «$1» è di $2 caratteri: Telegram ne accetta $3'],
  [/^button "([^"]+)" is (\d+) characters; keep buttons under (\d+)$/, 'il pulsante «$1» è di $2 caratteri: al massimo $3'],
  [/^command description "([^"]+)" is over (\d+) characters$/, 'la descrizione del comando «$1» supera i $2 caratteri'],
];

/** The problem in Italian where it is known, else as the server wrote it. */
export function problemText(problem) {
  for (const [pattern, words] of PHRASES) if (pattern.test(problem)) return problem.replace(pattern, words);
  return problem;
}
