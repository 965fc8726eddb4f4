// Where files come in: a zone to drop files on with the mouse, which is also a real file input with a label, so
// keyboard and screen reader users choose files the usual way. Many files at once.
import { useRef, useState, type DragEvent } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  // dragenter and dragleave fire for every child the pointer crosses: count them to know when it left the zone.
  const depth = useRef(0);

  return (
    <div
      className={over ? 'woo-dropzone woo-dropzone--over' : 'woo-dropzone'}
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      }}
    >
      <Paragraph className="woo-dropzone__text">
        {over ? t('documents.dropActive') : t('documents.dropHere')}
        <span className="woo-dropzone__or"> {t('documents.dropOr')} </span>
      </Paragraph>
      <input
        id="documents-files"
        className="woo-dropzone__input"
        type="file"
        multiple
        aria-describedby="documents-files-hint"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared, so that choosing the same file again is a new choice.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor="documents-files" className="woo-dropzone__choose">
        {t('documents.chooseFiles')}
      </label>
      <Paragraph id="documents-files-hint" className="woo-dropzone__hint">
        {t('documents.dropHint')}
      </Paragraph>
    </div>
  );
}
