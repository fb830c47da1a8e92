/**
 * The similar-petitions word index: one small item per (commune, field, word) and petition,
 * written with the petition, so that "petitions like the title I am typing" is a Query per
 * word, never a read of the whole commune. Newest first within a word.
 */
export const similarKeys = {
  pk: (communeId: string, fieldId: string, word: string) => `SIMILAR#${communeId}#${fieldId}#${word}`,
  sk: (receivedAt: string, code: string) => `${receivedAt}#${code}`,
};
