// Instructions of other processors (POWER, BookE, embedded) that objdump still decodes by default
// when no Power10 instruction matches a word.
export const OLD_ROWS = String.raw`
wrteei      X:31/163           E                     old p | Write MSR[EE] from an immediate (BookE)
`;
