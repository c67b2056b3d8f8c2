// English for <portal-bulletin>, merged by ../en.ts.
import { str } from '@lit/localize';

export const bulletin = {
  'bulletin.title': 'Notice board',
  'bulletin.none': 'There is nothing on the notice board yet.',
  'bulletin.label': 'New message for the notice board',
  'bulletin.hint': 'Everyone with access to the notice board sees it.',
  'bulletin.submit': 'Post',
  'bulletin.empty': 'Type your message first.',
  'bulletin.edit': 'Change',
  'bulletin.remove': 'Remove',
  'bulletin.editLabel': str`Change your message of ${0}`,
  'bulletin.save': 'Save',
  'bulletin.cancel': 'Cancel',
  'bulletin.removeHeading': 'Remove message',
  'bulletin.removeQuestion': 'Are you sure you want to remove this message from the notice board?',
  'bulletin.yes': 'Yes, remove',
  'bulletin.no': 'No',
  'bulletin.posted': 'Your message is on the notice board.',
  'bulletin.changed': 'Your message has been changed.',
  'bulletin.removed': 'The message has been removed.',
};
