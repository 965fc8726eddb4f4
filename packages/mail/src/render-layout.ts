import { escapeHtml } from './html-escape.js';
import type { MailLocale } from './mail-locale.js';
import type { ComposedMessage, ContentBlock, RenderedMessage } from './message-content.js';

const otherLanguageNote: Record<MailLocale, { top: string; heading: string }> = {
  // Written in the language it announces, so the reader who needs it recognises it.
  en: { top: 'English version below.', heading: 'English' },
  nl: { top: 'Nederlandse versie hieronder.', heading: 'Nederlands' },
};

function blockText(block: ContentBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'list':
      return block.items.map((item, index) => (block.ordered ? `${index + 1}. ${item}` : `- ${item}`)).join('\n');
    case 'link':
      return `${block.label}:\n${block.url}`;
  }
}

function blockHtml(block: ContentBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text).replaceAll('\n', '<br>')}</p>`;
    case 'facts':
      return `<table role="presentation">${block.rows
        .map(
          ([label, value]) =>
            `<tr><th style="text-align:left;padding-right:1em;vertical-align:top">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
  }
}

/** Both languages in one message: the first in full, then the second below a divider. */
export function renderLayout(
  first: { locale: MailLocale; message: ComposedMessage },
  second: { locale: MailLocale; message: ComposedMessage },
): RenderedMessage {
  const note = otherLanguageNote[second.locale];
  const text = [
    note.top,
    ...first.message.blocks.map(blockText),
    `---------- ${note.heading} ----------`,
    second.message.subject,
    ...second.message.blocks.map(blockText),
  ].join('\n\n');
  const section = (locale: MailLocale, message: ComposedMessage) =>
    `<div lang="${locale}">${message.blocks.map(blockHtml).join('\n')}</div>`;
  const html = [
    '<!doctype html>',
    `<html lang="${first.locale}"><head><meta charset="utf-8"><title>${escapeHtml(first.message.subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;max-width:40em">',
    `<p style="color:#555"><i lang="${second.locale}">${escapeHtml(note.top)}</i></p>`,
    section(first.locale, first.message),
    '<hr>',
    `<h2 lang="${second.locale}">${escapeHtml(second.message.subject)}</h2>`,
    section(second.locale, second.message),
    '</body></html>',
  ].join('\n');
  return { subject: first.message.subject, text: `${text}\n`, html };
}
