/**
 * graphql-js repeats the offending input in its messages (a literal in the document, a variable's whole value, a
 * scalar it could not parse). Inputs carry private keys, authCodes and certificate numbers, so every message that
 * leaves the gateway goes through here: the type and the location stay, the value goes. The input guard words
 * variable problems itself (input-guard.ts); this is the net for what graphql-js reports on its own (validation of
 * literals, and anything the guard did not see).
 */
const VALUE_ECHOES: ReadonlyArray<[RegExp, string]> = [
  [/^(Variable "\$[^"]+") got invalid value [\s\S]*$/, '$1 got an invalid value (the value is not repeated).'],
  [/^(Expected value of type "[^"]+"), found [\s\S]*$/, '$1 (the value given is not repeated).'],
  [/^(Enum "[^"]+") cannot represent (non-enum |non-string )?value: [\s\S]*$/, '$1 cannot represent the value given.'],
  [/^Value "[\s\S]*" does not exist in ("[^"]+") enum\.[\s\S]*$/, 'The value given does not exist in the $1 enum.'],
  // Built-in scalars and every custom one (graphql-scalars' JSONObject, DateTimeISO, …) word it the same way.
  [/^(\w+) cannot represent [^:]*: [\s\S]*$/, '$1 cannot represent the value given.'],
];

export function redactInputValues(message: string): string {
  for (const [pattern, replacement] of VALUE_ECHOES) {
    if (pattern.test(message)) return message.replace(pattern, replacement);
  }
  return message;
}
