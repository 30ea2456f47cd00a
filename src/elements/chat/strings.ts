/**
 * Every string `<ck-chat>` shows or announces, per locale. `{name}` placeholders are filled by
 * `formatString` as text (never markup). Pages override any of them with the `strings` option.
 */

const en = {
  placeholder: 'Message the AI',
  composerLabel: 'Message',
  composerHint: 'Enter to send, Shift+Enter for a new line.',
  composerHintMentions: 'Enter to send, Shift+Enter for a new line, @ to mention.',
  send: 'Send message',
  stop: 'Stop response',
  attach: 'Attach files',
  mention: 'Mention',
  tools: 'Tools',
  clearTool: 'Remove tool {tool}',
  model: 'Model',
  removeAttachment: 'Remove {name}',
  uploading: 'Uploading {name}…',
  uploadFailed: 'Could not attach {name}: {reason}',
  tooManyFiles: 'At most {count} files per message.',
  fileTooLarge: '{name} is larger than {size}.',
  fileTypeRefused: '{name} is not a file type this chat accepts.',
  replyingTo: 'Replying to',
  clearReply: 'Remove quote',
  mentionList: 'Suggestions',
  mentionSearching: 'Searching…',
  mentionNoResults: 'No matches',
  mentionFailed: 'Could not search: {reason}',
  mentionResults: '{count} suggestions. Up and down arrows to choose, Enter to insert.',
  mentionResult: '1 suggestion. Enter to insert.',
  mentionInserted: '{title} inserted.',
  mentionClosed: 'Suggestions closed.',
  messageNotSent: 'Your message was not sent. It is still in the composer.',
  waitForResponse: 'Wait for the response to finish, or stop it.',
  responding: 'Assistant is responding…',
  responseDone: 'Response finished.',
  greeting: 'What can I help with today?',
  prompts: 'Suggested prompts',
  newChat: 'New chat',
  untitled: 'Untitled conversation',
  history: 'Conversations',
  openHistory: 'Show conversations',
  closeHistory: 'Close conversations',
  historyEmpty: 'No conversations yet.',
  historyLoading: 'Loading conversations…',
  historyFailed: 'Could not load conversations: {reason}',
  loadMore: 'Show more',
  rename: 'Rename {title}',
  renameLabel: 'New title for {title}',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete {title}',
  confirmDelete: 'Delete “{title}”?',
  deleteConfirm: 'Delete',
  renamed: 'Renamed to {title}.',
  deleted: '{title} deleted.',
  actionFailed: 'Could not {action}: {reason}',
  currentThread: 'current',
  responseActions: 'Response actions',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  share: 'Share',
  shared: 'Shared.',
  retry: 'Retry',
  goodResponse: 'Good response',
  badResponse: 'Bad response',
  feedbackSent: 'Thanks for your feedback.',
  preview: 'Preview of {title}',
  previewLoading: 'Loading preview…',
  previewNone: 'No preview.',
};

export type ChatStrings = typeof en;
export type ChatStringKey = keyof ChatStrings;

const fr: ChatStrings = {
  placeholder: 'Écrire à l’assistant',
  composerLabel: 'Message',
  composerHint: 'Entrée pour envoyer, Maj+Entrée pour aller à la ligne.',
  composerHintMentions: 'Entrée pour envoyer, Maj+Entrée pour aller à la ligne, @ pour mentionner.',
  send: 'Envoyer le message',
  stop: 'Arrêter la réponse',
  attach: 'Joindre des fichiers',
  mention: 'Mentionner',
  tools: 'Outils',
  clearTool: 'Retirer l’outil {tool}',
  model: 'Modèle',
  removeAttachment: 'Retirer {name}',
  uploading: 'Envoi de {name}…',
  uploadFailed: 'Impossible de joindre {name} : {reason}',
  tooManyFiles: 'Au plus {count} fichiers par message.',
  fileTooLarge: '{name} dépasse {size}.',
  fileTypeRefused: '{name} n’est pas un type de fichier accepté.',
  replyingTo: 'En réponse à',
  clearReply: 'Retirer la citation',
  mentionList: 'Suggestions',
  mentionSearching: 'Recherche…',
  mentionNoResults: 'Aucun résultat',
  mentionFailed: 'Recherche impossible : {reason}',
  mentionResults: '{count} suggestions. Flèches haut et bas pour choisir, Entrée pour insérer.',
  mentionResult: '1 suggestion. Entrée pour insérer.',
  mentionInserted: '{title} inséré.',
  mentionClosed: 'Suggestions fermées.',
  messageNotSent: 'Votre message n’a pas été envoyé. Il est toujours dans la zone de saisie.',
  waitForResponse: 'Attendez la fin de la réponse, ou arrêtez-la.',
  responding: 'L’assistant répond…',
  responseDone: 'Réponse terminée.',
  greeting: 'Comment puis-je vous aider ?',
  prompts: 'Suggestions',
  newChat: 'Nouvelle conversation',
  untitled: 'Conversation sans titre',
  history: 'Conversations',
  openHistory: 'Afficher les conversations',
  closeHistory: 'Fermer les conversations',
  historyEmpty: 'Aucune conversation.',
  historyLoading: 'Chargement des conversations…',
  historyFailed: 'Impossible de charger les conversations : {reason}',
  loadMore: 'Afficher plus',
  rename: 'Renommer {title}',
  renameLabel: 'Nouveau titre pour {title}',
  save: 'Enregistrer',
  cancel: 'Annuler',
  delete: 'Supprimer {title}',
  confirmDelete: 'Supprimer « {title} » ?',
  deleteConfirm: 'Supprimer',
  renamed: 'Renommée en {title}.',
  deleted: '{title} supprimée.',
  actionFailed: 'Impossible de {action} : {reason}',
  currentThread: 'actuelle',
  responseActions: 'Actions sur la réponse',
  copy: 'Copier',
  copied: 'Copié dans le presse-papiers.',
  share: 'Partager',
  shared: 'Partagé.',
  retry: 'Réessayer',
  goodResponse: 'Bonne réponse',
  badResponse: 'Mauvaise réponse',
  feedbackSent: 'Merci pour votre avis.',
  preview: 'Aperçu de {title}',
  previewLoading: 'Chargement de l’aperçu…',
  previewNone: 'Pas d’aperçu.',
};

const BUILT_IN: Readonly<Record<string, ChatStrings>> = { en, fr };

/** The built-in strings for a locale (`fr-CA` → `fr`), English when there are none; overrides win key by key. */
export function resolveStrings(locale: string | undefined, overrides?: Partial<ChatStrings>): ChatStrings {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const base = Object.hasOwn(BUILT_IN, language) ? BUILT_IN[language]! : en;
  if (!overrides || typeof overrides !== 'object') return base;
  const out: ChatStrings = { ...base };
  for (const key of Object.keys(base) as ChatStringKey[]) {
    const value = overrides[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function formatString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
