import { msg, str } from '@lit/localize';

/** The words of `<portal-session-guard>`: the countdown and why the session ended. */

/** `2 minuten`, `1 minuut en 5 seconden`, `45 seconden`. */
export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const minutes =
    m === 1
      ? msg('1 minuut', { id: 'session.oneMinute' })
      : msg(str`${m} minuten`, { id: 'session.minutes' });
  const secs =
    s === 1
      ? msg('1 seconde', { id: 'session.oneSecond' })
      : msg(str`${s} seconden`, { id: 'session.seconds' });
  if (m === 0) return secs;
  if (s === 0) return minutes;
  return msg(str`${minutes} en ${secs}`, { id: 'session.minutesAndSeconds' });
}

/** The warning with the time left: "U wordt over 2 minuten automatisch uitgelogd." */
export function warningText(secondsLeft: number): string {
  if (secondsLeft <= 0) return msg('U wordt nu uitgelogd…', { id: 'session.warning.now' });
  return msg(str`U wordt over ${duration(secondsLeft)} automatisch uitgelogd.`, {
    id: 'session.warning.text',
  });
}

/**
 * When the countdown is spoken: at the start, at every whole minute, at 30 and at 10 seconds.
 * A change of this value is a moment to speak; the visible countdown changes every second.
 */
export function spokenStep(secondsLeft: number): string {
  if (secondsLeft > 60) return `m${Math.ceil(secondsLeft / 60)}`;
  if (secondsLeft > 30) return 'm1';
  if (secondsLeft > 10) return 's30';
  return 's10';
}

/** Why the session ended, with what to do now. */
export function endedText(reason: 'idle' | 'expired', draftsKept: boolean): string {
  const why =
    reason === 'idle'
      ? msg('U bent uitgelogd omdat u een tijd niets heeft gedaan.', { id: 'session.ended.idle' })
      : msg('U bent automatisch uitgelogd om uw gegevens te beschermen.', {
          id: 'session.ended.expired',
        });
  const kept = draftsKept
    ? ` ${msg('Wat u aan het typen was, is bewaard. U ziet het weer als u opnieuw inlogt.', { id: 'session.ended.drafts' })}`
    : '';
  return `${why}${kept} ${msg('Log opnieuw in om verder te gaan.', { id: 'session.ended.again' })}`;
}
