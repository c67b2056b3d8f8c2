// An open conversation: its messages newest first in a virtualized list (10,000+ stay smooth),
// more pages near the end, read marks, the reply composer and the messages on their way.
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalData } from '../../controllers/portal-data.js';
import { problemMessage } from '../../i18n/problems.js';
import { messageView, namesOf, type Download } from './messages-views.js';
import { answerTimeText } from './messages-texts.js';

type Message = Schemas['Message'];
type Conversation = Schemas['Conversation'];

/** Messages per page. */
const PAGE = 50;

/** The messages of the open conversation, page by page. */
export class Thread {
  /** The pages after the first, appended as the person scrolls. */
  more: Message[] = [];
  /** The cursor of the next page; null at the oldest message. */
  cursor: string | null = null;
  loadingMore = false;
  /** Why the last page could not be loaded; "Meer laden" tries again. */
  moreError: unknown;
  private readonly data: PortalData<Message[]>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly open: () => Conversation | undefined,
    private readonly download: Download,
  ) {
    this.data = new PortalData<Message[]>(host, {
      section: 'messages',
      args: () => [this.open()?.id],
      load: async ({ api, clientId, signal }) => {
        const c = this.open();
        if (!c) return [];
        // The list is large: the virtualized list loads only with the first open conversation.
        void import('../../ui/virtual-list/portal-virtual-list.js');
        const page = unwrap(
          await api.GET('/clients/{clientId}/conversations/{conversationId}/messages', {
            params: { path: { clientId, conversationId: c.id }, query: { limit: PAGE } },
            signal,
          }),
        );
        this.more = [];
        this.moreError = undefined;
        this.cursor = page.nextCursor;
        this.markRead(c, page.items[0]);
        return page.items;
      },
    });
  }

  /** Loads the first page again (after a reply was sent). */
  reload(): void {
    this.data.reload();
  }

  /** Tells the server the conversation is read up to its newest message, then shows it so. */
  private markRead(c: Conversation, newest: Message | undefined): void {
    const portal = this.data.portal;
    if (!c.unread || !newest || !portal?.clientId) return;
    void portal.client.api
      .POST('/clients/{clientId}/conversations/{conversationId}/read', {
        params: { path: { clientId: portal.clientId, conversationId: c.id } },
        body: { upToMessageId: newest.id },
      })
      .then(
        ({ data }) => {
          if (data) c.unread = data.unread;
        },
        // Not marked now (offline, say): it is marked the next time the conversation opens.
        () => undefined,
      );
  }

  /** Appends the next page. */
  async loadMore(): Promise<void> {
    const portal = this.data.portal;
    const c = this.open();
    if (!portal?.clientId || !c || !this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = unwrap(
        await portal.client.api.GET('/clients/{clientId}/conversations/{conversationId}/messages', {
          params: {
            path: { clientId: portal.clientId, conversationId: c.id },
            query: { limit: PAGE, cursor: this.cursor },
          },
        }),
      );
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
    } catch (error) {
      this.moreError = error;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** The loaded messages in the virtualized list, or the data state. */
  render(): unknown {
    return this.data.render({
      empty: () => nothing,
      complete: (first) =>
        html`<portal-virtual-list
          part="messages"
          .items=${[...first, ...this.more]}
          .renderItem=${(m: Message) => messageView(m, this.download)}
          .keyFunction=${(m: Message) => m.id}
          label=${msg('Berichten in dit gesprek', { id: 'messages.threadList' })}
          ?has-more=${this.cursor !== null}
          ?loading=${this.loadingMore}
          @portal-load-more=${() => void this.loadMore()}
          load-problem=${this.moreError ? problemMessage(this.moreError) : ''}
        ></portal-virtual-list>`,
    });
  }
}

/** What the open conversation shows around its messages. */
export interface ThreadParts {
  back: () => void;
  composer: TemplateResult;
  pending: unknown;
}

/** The open conversation: back, who takes part, the answer time, the reply, the messages. */
export function threadView(thread: Thread, c: Conversation, parts: ThreadParts): TemplateResult {
  const answer = answerTimeText(c.participants);
  return html`<section class="thread" part="thread" aria-labelledby="thread-title">
    <button class="secondary" part="back" type="button" @click=${parts.back}>
      ${msg('Terug naar alle gesprekken', { id: 'messages.back' })}
    </button>
    <h3 id="thread-title" tabindex="-1">${namesOf(c)}</h3>
    ${answer ? html`<p class="muted" part="answer-time">${answer}</p>` : nothing} ${parts.composer}
    ${parts.pending} ${thread.render()}
  </section>`;
}
