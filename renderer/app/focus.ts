/** Puts the focus in a text field with the caret after its text, ready to go on typing. */
export function focusAtEnd(field: HTMLTextAreaElement | HTMLInputElement): void {
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
}
