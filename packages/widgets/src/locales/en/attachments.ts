// English for the attachment picker (X9), merged by ../en.ts.
import { str } from '@lit/localize';

export const attachments = {
  'attach.pick': 'Choose a file',
  'attach.photo': 'Take a photo',
  'attach.limits': str`Photos (JPEG, PNG, HEIC) or PDF, at most ${0} MB per file and ${1} files.`,
  'attach.busy': 'Adding the file…',
  'attach.remove': str`Remove ${0}`,
  'attach.download': str`Download ${0}`,
  'attach.tooMany': str`You can add at most ${0} files.`,
  'attach.type': 'This kind of file cannot be added. Choose a photo (JPEG, PNG, HEIC) or a PDF.',
  'attach.size': str`This file is ${0} MB. That is too large: at most ${1} MB.`,
  'attach.notWhatItSays':
    'This file is not a photo or PDF, even if its name looks like one. Choose another file.',
};
