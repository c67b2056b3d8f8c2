// A tiny element of the stories' own that shows who the mock backend says is signed in.
import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { apiBase } from '../support/story-api.js';

/** Shows the session of the story's user: proves the loader, the worker and Lit's decorators. */
@customElement('story-session-check')
export class StorySessionCheck extends LitElement {
  /** What the last `GET /session` said. */
  @state() private text = 'Sessie ophalen…';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const response = await fetch(`${apiBase}/session`);
    const body = (await response.json()) as { user?: { name: string }; code?: string };
    this.text = response.ok ? `Ingelogd als ${body.user?.name}` : `Geen sessie (${body.code})`;
  }

  override render() {
    return html`<p role="status">${this.text}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-session-check': StorySessionCheck;
  }
}
