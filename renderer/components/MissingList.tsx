/** Before submitting: each criterion that is not done, with a way to it and what it still lacks. */
export function MissingList({ items, onPick }: {
  items: readonly { readonly id: string; readonly title: string; readonly missing: readonly string[] }[];
  onPick(id: string): void;
}) {
  return (
    <ul className="missing-list">
      {items.map(({ id, title, missing }) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => onPick(id)}>
            {id} {title}
          </button>
          <ul>
            {missing.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
