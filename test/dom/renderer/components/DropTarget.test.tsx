import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerImporter } from '../../../../renderer/app/import-files';
import { useNotices } from '../../../../renderer/app/notice-store';
import { DropTarget } from '../../../../renderer/components/DropTarget';
import type { FileRef } from '../../../../shared/contract';
import { installFakeBridge } from '../../fake-bridge';

const importer = vi.fn(async (_files: FileRef[]) => undefined);
registerImporter('kvomgang', importer);

const REF: FileRef = { id: 'f-1', name: 'ku-2027.kvomgang', bytes: 2048 };
const overlay = () => screen.queryByText('Släpp filen för att importera den');

/** A drag carrying files (types include "Files") or only text. */
const files = (...list: File[]) => ({ dataTransfer: { types: ['Files'], files: list } });
const text = () => ({ dataTransfer: { types: ['text/plain'], files: [], getData: () => 'hej' } });

describe('DropTarget', () => {
  beforeEach(() => importer.mockClear());

  it('shows where a dragged file goes, and imports a dropped file with the refs the bridge gives for it', async () => {
    const { bridge } = installFakeBridge({}, { picked: [REF] });
    render(<DropTarget />);
    const file = new File(['x'], 'ku-2027.kvomgang');

    expect(overlay()).toBeNull();
    fireEvent.dragEnter(window, files(file));
    expect(overlay()).toBeInTheDocument();
    expect(fireEvent.dragOver(window, files(file))).toBe(false); // default prevented: the drop is allowed

    const drop = fireEvent.drop(window, files(file));
    expect(drop).toBe(false);
    expect(overlay()).toBeNull();
    expect(bridge.refsForDroppedFiles).toHaveBeenCalledWith([file]);
    await waitFor(() => expect(importer).toHaveBeenCalledWith([REF]));
  });

  it('hides the overlay again when the drag leaves the window', () => {
    installFakeBridge({});
    render(<DropTarget />);
    const file = new File(['x'], 'ku-2027.kvomgang');
    fireEvent.dragEnter(window, files(file));
    fireEvent.dragEnter(window, files(file)); // entering a child element
    fireEvent.dragLeave(window, files(file));
    expect(overlay()).toBeInTheDocument();
    fireEvent.dragLeave(window, files(file));
    expect(overlay()).toBeNull();
  });

  it('does nothing for a drag without files (text, a link): no overlay, no import, the page keeps the event', () => {
    const { bridge } = installFakeBridge({});
    render(<DropTarget />);
    expect(fireEvent.dragEnter(window, text())).toBe(true);
    expect(overlay()).toBeNull();
    expect(fireEvent.dragOver(window, text())).toBe(true);
    expect(fireEvent.drop(window, text())).toBe(true);
    expect(bridge.refsForDroppedFiles).not.toHaveBeenCalled();
    expect(importer).not.toHaveBeenCalled();
  });

  it('says in Swedish when the dropped files cannot be read', async () => {
    const { bridge } = installFakeBridge({});
    vi.mocked(bridge.refsForDroppedFiles).mockRejectedValueOnce(Object.assign(new Error('Filen "x.kvomgang" kunde inte läsas.'), { code: 'file-unreadable' }));
    render(<DropTarget />);
    await act(async () => {
      fireEvent.drop(window, files(new File(['x'], 'x.kvomgang')));
    });
    await waitFor(() => expect(useNotices.getState().notices.map((n) => [n.tone, n.text])).toContainEqual(['error', 'Filen "x.kvomgang" kunde inte läsas.']));
    expect(importer).not.toHaveBeenCalled();
  });
});
