export const KIND_LABEL = { process: 'Arbetssätt', result: 'Resultat' } as const;
