/** A feature's error messages: each code's one Swedish text, or a function of the facts it names. */
export type MessageCatalogue = Readonly<Record<string, string | ((params: never) => string)>>;

export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
