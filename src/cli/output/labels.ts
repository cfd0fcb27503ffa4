/** Field labels of the human-readable formats (`text`, `markdown`). */
export const LABELS = {
  published: 'Published',
  modified: 'Modified',
  source: 'Source',
  authors: 'Authors',
  url: 'URL',
  tags: 'Tags',
  images: 'Images',
  moreOnEvent: 'More on this event',
  related: 'Related',
  warnings: 'Warnings',
} as const;
