// GENERATED from openapi.yaml by scripts/generate.mjs (openapi-typescript). Do not edit: run `npm run generate`.
/* eslint-disable */
export interface paths {
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start signing in with username and password.
         * @description Sets the `__Host-portal-session` cookie for the sign-in that follows. A wrong username or
         *     password gives the same `401 invalid_credentials` whether or not the username exists. After
         *     a few wrong passwords each next try, per username and per source, waits a growing delay
         *     (NIST SP 800-63B 5.2.2): too soon gives `429 too_many_attempts` with `Retry-After` seconds,
         *     also for the right password. A username waits at most a minute, so nobody can lock its
         *     owner out; the SMS code stays the second factor. With the `new-device`
         *     policy a trusted-device cookie skips the code step, and an SMS code is sent at once
         *     otherwise; with the `every-sign-in` policy the user asks for the code.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the current sign-in stands. */
        get: operations["getSignInState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS sign-in code (or a new one).
         * @description Only in the `code` step. Creates a new challenge (the previous one becomes void) and sends
         *     `prefix-digits` by SMS. Asking again before `resendAvailableAt` gives `429
         *     too_many_requests` with `Retry-After`.
         */
        post: operations["requestSignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the SMS code ("Code controleren").
         * @description The 6 digits after the prefix. A wrong code gives `422 code_invalid` with the tries left;
         *     after 5 wrong tries the challenge is void (`422 too_many_attempts`); after 10 minutes
         *     `422 code_expired`. With `trustDevice` (policy `new-device`) a long-lived device cookie is
         *     set so this device skips the code next time.
         */
        post: operations["verifySignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (first sign-in, or any time from the profile).
         * @description In the `password-change` step of a first sign-in, or when signed in. Passwords are 8 to
         *     128 characters, with no composition rules; common passwords are refused (`422
         *     password_rejected`). A wrong current password gives `422 password_incorrect`.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current terms of use. */
        get: operations["getTerms"];
        put?: never;
        /** Accept the terms of use (first sign-in, or a new version). */
        post: operations["acceptTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations waiting for an answer. */
        get: operations["listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation. */
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline an invitation ("Uitnodigingen"). */
        post: operations["answerInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session on the server.
         * @description Always succeeds, also without a session; the session cookie is cleared.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten password - e-mail a reset link.
         * @description Answers `202` in the same way whether or not the username and e-mail address belong to an
         *     account; only when they do is an e-mail with a link sent. The link carries a single-use
         *     token that expires after 60 minutes.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from the e-mail. */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, the clients they act for and the sections granted per client.
         * @description Reading the session does not extend it, so a page may check the remaining time. Every
         *     other call with the session resets the idle timeout.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session/keep-alive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stay signed in (resets the idle timeout, not the absolute one). */
        post: operations["keepAlive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** Counts for the start screen, per granted section, and what is new since the last visit. */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/sync-status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** When the care record was last copied to the portal, and when next. */
        get: operations["getSyncStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * Care appointments and own appointments in a period (at most 366 days).
         * @description Private own appointments are shown only to the person who made them.
         */
        get: operations["listAppointments"];
        put?: never;
        /** Add an own appointment, public (care staff may see it) or private. */
        post: operations["createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/appointments/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The appointment. */
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Change an own appointment. Care appointments are read only (`403 read_only`). */
        put: operations["updateAppointment"];
        post?: never;
        /** Delete an own appointment. Care appointments are read only (`403 read_only`). */
        delete: operations["deleteAppointment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/appointments/{appointmentId}/change-request": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The appointment. */
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * On a care appointment, tell the care team "I am not home" or ask to move the visit.
         * @description The planner accepts or declines; the answer shows as `changeRequest` on the appointment.
         *     Only care appointments that have not started (`403 read_only` otherwise); one open
         *     request per appointment (`409 read_only` while one is open).
         */
        post: operations["requestVisitChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** Who a message can be sent to - the care team and the client's contacts with portal access. */
        get: operations["listRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** All messages the person may read, across conversations, newest first (the messages block). */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** The conversations the person takes part in, the most recently active first. */
        get: operations["listConversations"];
        put?: never;
        /** Send a first message to one or several recipients, which starts a conversation. */
        post: operations["startConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The conversation. */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /** The messages of one conversation, newest first. */
        get: operations["listConversationMessages"];
        put?: never;
        /** Send a message in a conversation ("Stuur"). */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/conversations/{conversationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The conversation. */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the conversation read up to and including a message. */
        post: operations["markConversationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/bulletin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** The bulletin board ("prikbord"), newest first. */
        get: operations["listBulletinPosts"];
        put?: never;
        /** Post a short announcement to all of the client's contacts. */
        post: operations["createBulletinPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/bulletin/{postId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The bulletin post. */
                postId: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Change the text of one's own post (`403 read_only` for someone else's). */
        put: operations["updateBulletinPost"];
        post?: never;
        /** Remove one's own post (`403 read_only` for someone else's). */
        delete: operations["deleteBulletinPost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a photo or PDF to attach to a message or to one's own report.
         * @description The body is the file itself. The server checks the real type by its first bytes (JPEG
         *     `FF D8 FF`, PNG `89 50 4E 47`, HEIC `ftyp` with a HEIF brand, PDF `%PDF-`), not by its name:
         *     content that does not match the declared Content-Type, or of another type, is `415
         *     unsupported_media_type`; more than `x-max-body-bytes` is `413 payload_too_large`. The
         *     attachment belongs to the person who uploaded it until a message or report uses it
         *     (`attachmentIds`); that request carries the Idempotency-Key, so an upload needs none.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The attachment. */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /** Download an attachment, for its uploader and those who may read the message or report it is on. */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** Reports in a period, newest first. Without `from`, the last 7 days. */
        get: operations["listReports"];
        put?: never;
        /** The client (or a relative for them) writes a report into the dossier. */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** A printable PDF overview of the reports in a period (at most 366 days). */
        get: operations["exportReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** What was added to the dossier when, newest first, limited to the granted sections. */
        get: operations["listTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/measurement-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** The kinds of measurement taken for this client, with unit and reference range. */
        get: operations["listMeasurementKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** Measurements, newest first, optionally of one kind. */
        get: operations["listMeasurements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** Questionnaires the care team sent, open and completed. */
        get: operations["listQuestionnaires"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/questionnaires/{questionnaireId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The questionnaire. */
                questionnaireId: components["parameters"]["QuestionnaireId"];
            };
            cookie?: never;
        };
        /** One questionnaire with its questions and, when completed, the answers. */
        get: operations["getQuestionnaire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/questionnaires/{questionnaireId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The questionnaire. */
                questionnaireId: components["parameters"]["QuestionnaireId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fill in an open questionnaire. Every required question must be answered. */
        post: operations["submitQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** The care plan's versions, newest first. */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/plans/{planId}/document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The plan version. */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        /** Download a plan version as a PDF. */
        get: operations["getPlanDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/plans/{planId}/decision-code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The plan version. */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the SMS code that confirms signing or rejecting this plan version. */
        post: operations["requestPlanDecisionCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/plans/{planId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The plan version. */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign (approve) or reject a plan version, confirmed with the SMS code.
         * @description Bound to the plan version: if the plan changed since the code was requested, `409
         *     plan_changed`; a plan already decided, `409 plan_already_decided`. Only a code from a
         *     plan-decision challenge for this plan and decision confirms it.
         */
        post: operations["decidePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** The client's details as recorded in the dossier (read only). */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/care-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** The care staff directly involved, with their roles. */
        get: operations["listCareTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * The requests to correct the record, newest first, with their status and the care team's answer.
         * @description Requests about a report are listed only to people who may see the reports too.
         */
        get: operations["listCorrectionRequests"];
        put?: never;
        /**
         * Ask the care team to correct a detail of the profile or a report ("Klopt dit niet?").
         * @description The request goes to the care team with status `sent`; the record itself is not changed
         *     (only the care team changes it, P9). A request about a report also needs the `reports`
         *     section (`403 forbidden_section`), and the report must be one of this client's (`404`).
         */
        post: operations["createCorrectionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/people": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** The people with (or waiting for) access to this client's portal ("Gebruikersbeheer"). */
        get: operations["listPeople"];
        put?: never;
        /** Add a person; they appear in the list without any sections. */
        post: operations["addPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/people/{personId}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The person with access. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Choose the sections a person may use.
         * @description Takes effect on the person's next call. The first time a person gets any section, they
         *     receive an e-mail with sign-in details and an invitation to accept. Nobody changes their
         *     own sections (`403 cannot_change_own_access`).
         */
        put: operations["setPersonSections"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The person with access. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person and every section they had; takes effect on their next call. */
        delete: operations["revokePerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** Who looked at or changed the client's record, newest first. */
        get: operations["listAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description One line of text as a person types it: no control characters (U+0000-U+001F, U+007F-U+009F),
         *     no bidirectional controls (U+202A-U+202E, U+2066-U+2069), no zero-width or other invisible
         *     format characters (Unicode category Cf), no line or paragraph separators. Stored as NFC.
         * @example Sanne de Vries
         */
        OneLineText: string;
        /**
         * @description Text of one or more lines: as `OneLineText`, but with line breaks (LF, CR) and tabs, and the
         *     zero-width joiner inside emoji. Stored as NFC.
         * @example Goed geslapen.
         *     Ontbijt om 8 uur.
         */
        MultiLineText: string;
        /**
         * @description An opaque identifier.
         * @example cl-noah
         */
        Id: string;
        /**
         * Format: date-time
         * @description A moment, in ISO 8601 with offset.
         * @example 2026-11-20T14:00:00Z
         */
        Timestamp: string;
        /**
         * @description A part of the portal that can be granted per person and client.
         * @example reports
         * @enum {string}
         */
        Section: "appointments" | "messages" | "bulletin" | "reports" | "measurements" | "questionnaires" | "plans" | "profile" | "people" | "access-log";
        /**
         * @description A stable, machine-readable error code for translation in the front end.
         * @example forbidden_section
         * @enum {string}
         */
        ProblemCode: "validation_failed" | "invalid_credentials" | "too_many_attempts" | "too_many_requests" | "unauthenticated" | "session_expired" | "csrf_check_failed" | "step_out_of_order" | "code_invalid" | "code_expired" | "challenge_invalid" | "password_incorrect" | "password_rejected" | "reset_token_invalid" | "terms_outdated" | "forbidden_section" | "read_only" | "cannot_change_own_access" | "not_found" | "idempotency_key_reused" | "idempotency_key_in_use" | "plan_changed" | "plan_already_decided" | "questionnaire_completed" | "internal_error" | "service_unavailable" | "method_not_allowed" | "payload_too_large" | "unsupported_media_type";
        /**
         * @description What is wrong with one field.
         * @example {
         *       "field": "body.body",
         *       "code": "minLength",
         *       "message": "must NOT have fewer than 1 characters"
         *     }
         */
        FieldError: {
            /** @description Where the field is - `body.`, `query.`, `path.` or `header.` then its name (dotted for nested fields). */
            field: string;
            /** @description The kind of fault (`required`, `minLength`, `maxLength`, `pattern`, `format`, `enum`, `type`, …). */
            code: string;
            /** @description An English explanation for developers; the front end shows its own translation. */
            message: string;
        };
        /**
         * @description An RFC 9457 problem.
         * @example {
         *       "type": "https://portaal.zorg.example/problems/forbidden_section",
         *       "title": "Section not granted",
         *       "status": 403,
         *       "code": "forbidden_section",
         *       "detail": "The section 'reports' was not granted for this client."
         *     }
         */
        Problem: {
            /** @description A URI naming the kind of problem. */
            type: string;
            /** @description A short English summary. */
            title: string;
            /** @description The HTTP status. */
            status: number;
            /** @description An English explanation of this occurrence. */
            detail?: string;
            /** @description The request path. */
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            /** @description Per-field errors (with `validation_failed`). */
            errors?: components["schemas"]["FieldError"][];
            /** @description With `code_invalid` - how many tries the challenge has left. */
            attemptsLeft?: number;
            /** @description With 429 - seconds to wait (as the `Retry-After` header). */
            retryAfter?: number;
        };
        /**
         * @description The next thing the person must do to sign in.
         * @example code
         * @enum {string}
         */
        SignInStep: "password" | "code" | "password-change" | "terms" | "invitations" | "signed-in";
        /**
         * @description The organisation's setting - an SMS code at every sign-in (`every-sign-in`), or only on a device that is not trusted yet (`new-device`).
         * @example every-sign-in
         * @enum {string}
         */
        CodePolicy: "every-sign-in" | "new-device";
        /**
         * @description An SMS code that was sent. The code is `prefix` + `-` + 6 digits; the user types the 6 digits.
         * @example {
         *       "id": "ch-8f2a",
         *       "purpose": "sign-in",
         *       "prefix": "4479",
         *       "sentTo": "06-•••••678",
         *       "expiresAt": "2026-11-20T14:10:00Z",
         *       "resendAvailableAt": "2026-11-20T14:00:30Z",
         *       "attemptsLeft": 5
         *     }
         */
        Challenge: {
            id: components["schemas"]["Id"];
            /**
             * @description What the code may confirm; a code confirms nothing else.
             * @enum {string}
             */
            purpose: "sign-in" | "plan-decision";
            /** @description The 4 digits already shown on screen. */
            prefix: string;
            /** @description The masked mobile number the SMS went to. */
            sentTo: string;
            expiresAt: components["schemas"]["Timestamp"];
            resendAvailableAt: components["schemas"]["Timestamp"];
            attemptsLeft: number;
        };
        /**
         * @description The rules a new password must meet; shown before the user types.
         * @example {
         *       "minLength": 8,
         *       "maxLength": 128
         *     }
         */
        PasswordRules: {
            minLength: number;
            maxLength: number;
        };
        /**
         * @description Where a sign-in stands and what comes next.
         * @example {
         *       "step": "code",
         *       "codePolicy": "every-sign-in",
         *       "passwordRules": {
         *         "minLength": 8,
         *         "maxLength": 128
         *       }
         *     }
         */
        SignInState: {
            step: components["schemas"]["SignInStep"];
            codePolicy: components["schemas"]["CodePolicy"];
            challenge?: components["schemas"]["Challenge"];
            passwordRules: components["schemas"]["PasswordRules"];
            /** @description In the `terms` step - the version to accept. */
            termsVersion?: string;
            /** @description In the `invitations` step - how many wait for an answer. */
            pendingInvitations?: number;
        };
        /**
         * @example {
         *       "username": "e.jansen",
         *       "password": "correct horse battery"
         *     }
         */
        SignInRequest: {
            username: components["schemas"]["OneLineText"];
            password: string;
        };
        /**
         * @example {
         *       "challengeId": "ch-8f2a",
         *       "code": "123456",
         *       "trustDevice": true
         *     }
         */
        VerifyCodeRequest: {
            challengeId: components["schemas"]["Id"];
            /** @description The 6 digits after the prefix. */
            code: string;
            /** @description With the `new-device` policy - remember this device. */
            trustDevice?: boolean;
        };
        /**
         * @example {
         *       "currentPassword": "Welkom-2026",
         *       "newPassword": "lente in de tuin"
         *     }
         */
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        /**
         * @description The terms of use.
         * @example {
         *       "version": "2026-01",
         *       "title": "Gebruiksvoorwaarden cliëntportaal",
         *       "text": "Het cliëntportaal is bedoeld voor…"
         *     }
         */
        Terms: {
            version: string;
            title: string;
            /** @description Plain text; paragraphs separated by a blank line. */
            text: string;
        };
        /**
         * @example {
         *       "version": "2026-01"
         *     }
         */
        AcceptTermsRequest: {
            version: string;
        };
        /**
         * @description An invitation to use (part of) a client's portal.
         * @example {
         *       "id": "inv-1",
         *       "clientName": "Noah de Vries",
         *       "invitedBy": "Sanne de Vries",
         *       "sections": [
         *         "appointments",
         *         "messages"
         *       ],
         *       "invitedAt": "2026-11-01T09:00:00Z"
         *     }
         */
        Invitation: {
            id: components["schemas"]["Id"];
            clientName: string;
            invitedBy: string;
            sections: components["schemas"]["Section"][];
            invitedAt: components["schemas"]["Timestamp"];
        };
        /**
         * @example {
         *       "decision": "accept"
         *     }
         */
        AnswerInvitationRequest: {
            /** @enum {string} */
            decision: "accept" | "decline";
        };
        /**
         * @example {
         *       "username": "e.jansen",
         *       "email": "e.jansen@example.nl"
         *     }
         */
        PasswordResetRequest: {
            username: components["schemas"]["OneLineText"];
            /** Format: email */
            email: string;
        };
        /**
         * @example {
         *       "token": "6f1c0d7e9a2b4c3d8e7f",
         *       "username": "e.jansen",
         *       "newPassword": "lente in de tuin"
         *     }
         */
        ConfirmPasswordResetRequest: {
            token: string;
            username: components["schemas"]["OneLineText"];
            newPassword: string;
        };
        /**
         * @description A client the person may act for, and what they may see.
         * @example {
         *       "id": "cl-noah",
         *       "name": "Noah de Vries",
         *       "relation": "parent",
         *       "sections": [
         *         "appointments",
         *         "messages",
         *         "reports"
         *       ]
         *     }
         */
        ClientAccess: {
            id: components["schemas"]["Id"];
            name: string;
            /**
             * @description The person's relation to the client.
             * @enum {string}
             */
            relation: "self" | "parent" | "child" | "partner" | "family" | "other";
            sections: components["schemas"]["Section"][];
        };
        /**
         * @description The signed-in person and the limits of the session.
         * @example {
         *       "user": {
         *         "id": "u-sanne",
         *         "name": "Sanne de Vries",
         *         "username": "s.devries"
         *       },
         *       "clients": [
         *         {
         *           "id": "cl-noah",
         *           "name": "Noah de Vries",
         *           "relation": "parent",
         *           "sections": [
         *             "appointments",
         *             "messages",
         *             "reports"
         *           ]
         *         }
         *       ],
         *       "idleTimeoutSeconds": 900,
         *       "idleExpiresAt": "2026-11-20T14:15:00Z",
         *       "expiresAt": "2026-11-21T02:00:00Z",
         *       "previousVisitAt": "2026-11-18T19:30:00Z"
         *     }
         */
        Session: {
            user: {
                id: components["schemas"]["Id"];
                name: string;
                username: string;
            };
            clients: components["schemas"]["ClientAccess"][];
            idleTimeoutSeconds: number;
            idleExpiresAt: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["Timestamp"];
            /** @description The start of the session before this one. */
            previousVisitAt?: components["schemas"]["Timestamp"] | null;
        };
        /**
         * @description Counts for the start screen; a section that is not granted is left out.
         * @example {
         *       "since": "2026-11-18T19:30:00Z",
         *       "sections": [
         *         {
         *           "section": "messages",
         *           "total": 120,
         *           "new": 2
         *         },
         *         {
         *           "section": "reports",
         *           "total": 340,
         *           "new": 5
         *         }
         *       ]
         *     }
         */
        Summary: {
            /** @description The previous visit; "new" counts are since then. */
            since: components["schemas"]["Timestamp"] | null;
            sections: {
                section: components["schemas"]["Section"];
                total: number;
                /** @description New since the previous visit (for messages - unread). */
                new: number;
            }[];
        };
        /**
         * @description The care record is copied to the portal every hour between 06:00 and 24:00 (Europe/Amsterdam).
         * @example {
         *       "lastSyncAt": "2026-11-20T13:00:00Z",
         *       "nextSyncAt": "2026-11-20T14:00:00Z",
         *       "intervalMinutes": 60,
         *       "windowStart": "06:00",
         *       "windowEnd": "24:00",
         *       "timeZone": "Europe/Amsterdam"
         *     }
         */
        SyncStatus: {
            lastSyncAt: components["schemas"]["Timestamp"];
            nextSyncAt: components["schemas"]["Timestamp"];
            intervalMinutes: number;
            windowStart: string;
            windowEnd: string;
            timeZone: string;
        };
        /**
         * @description Who wrote or sent something.
         * @example {
         *       "id": "st-anna",
         *       "name": "Anna Bakker",
         *       "kind": "care-staff",
         *       "role": "nurse"
         *     }
         */
        Author: {
            id: components["schemas"]["Id"];
            name: string;
            /** @enum {string} */
            kind: "care-staff" | "client" | "contact";
            role?: components["schemas"]["CareRole"];
        };
        /**
         * @description The role of a care staff member.
         * @example nurse
         * @enum {string}
         */
        CareRole: "coordinator" | "nurse" | "pedagogical-worker";
        /**
         * @description A care appointment (read only) or an own appointment.
         * @example {
         *       "id": "ap-1",
         *       "kind": "care",
         *       "title": "Verpleegkundige zorg",
         *       "start": "2026-11-21T08:00:00Z",
         *       "end": "2026-11-21T08:30:00Z",
         *       "visibility": "public",
         *       "editable": false
         *     }
         */
        Appointment: {
            id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "care" | "own";
            title: string;
            start: components["schemas"]["Timestamp"];
            end: components["schemas"]["Timestamp"];
            location?: string;
            notes?: string;
            /**
             * @description `public` - care staff may see it; `private` - only its maker. Care appointments are public.
             * @enum {string}
             */
            visibility: "public" | "private";
            createdBy?: components["schemas"]["Author"];
            /** @description Whether this person may change or delete it. */
            editable: boolean;
            changeRequest?: components["schemas"]["VisitChangeRequest"];
        };
        /**
         * @description An own appointment. `end` must be after `start` (field `body.end`, code `range`). A new
         *     appointment, and a change that moves `start`, may not start in the past (`400
         *     validation_failed`, field `body.start`, code `past`); other changes to an appointment that
         *     has already begun are allowed.
         * @example {
         *       "title": "Tandarts",
         *       "start": "2026-11-25T10:00:00Z",
         *       "end": "2026-11-25T10:30:00Z",
         *       "visibility": "private"
         *     }
         */
        AppointmentInput: {
            title: components["schemas"]["OneLineText"];
            start: components["schemas"]["Timestamp"];
            end: components["schemas"]["Timestamp"];
            location?: components["schemas"]["OneLineText"];
            notes?: components["schemas"]["MultiLineText"];
            /** @enum {string} */
            visibility: "public" | "private";
        };
        /**
         * @description A request on a care appointment (X10) and the planner's answer.
         * @example {
         *       "id": "vc-1",
         *       "kind": "reschedule",
         *       "reason": "Ik heb dan een afspraak bij de huisarts.",
         *       "proposedStart": "2026-11-21T10:00:00Z",
         *       "status": "sent",
         *       "createdAt": "2026-11-20T09:00:00Z"
         *     }
         */
        VisitChangeRequest: {
            id: components["schemas"]["Id"];
            /**
             * @description `not-home` - nobody is home for this visit; `reschedule` - please come at another time.
             * @enum {string}
             */
            kind: "not-home" | "reschedule";
            reason: string;
            proposedStart?: components["schemas"]["Timestamp"];
            /** @enum {string} */
            status: "sent" | "accepted" | "declined";
            /** @description The planner's answer, always with `declined`. */
            answer?: string;
            createdAt: components["schemas"]["Timestamp"];
            answeredAt?: components["schemas"]["Timestamp"];
        };
        /**
         * @example {
         *       "kind": "not-home",
         *       "reason": "Ik ben die ochtend bij mijn dochter."
         *     }
         */
        VisitChangeRequestInput: {
            /** @enum {string} */
            kind: "not-home" | "reschedule";
            reason: string;
            proposedStart?: components["schemas"]["Timestamp"];
        };
        /**
         * @description Someone a message can go to.
         * @example {
         *       "id": "care-team",
         *       "name": "Zorgteam",
         *       "kind": "care-team",
         *       "usualAnswerHours": 24
         *     }
         */
        Recipient: {
            id: components["schemas"]["Id"];
            name: string;
            /** @enum {string} */
            kind: "care-team" | "care-staff" | "client" | "contact";
            role?: components["schemas"]["CareRole"];
            /** @description For the care team and care staff - within how many hours the organisation usually answers, when it states one. */
            usualAnswerHours?: number;
        };
        /**
         * @description One message.
         * @example {
         *       "id": "msg-1",
         *       "conversationId": "cv-1",
         *       "sender": {
         *         "id": "st-anna",
         *         "name": "Anna Bakker",
         *         "kind": "care-staff",
         *         "role": "nurse"
         *       },
         *       "body": "Morgen kom ik een half uur later.",
         *       "sentAt": "2026-11-20T09:12:00Z",
         *       "read": false
         *     }
         */
        Message: {
            id: components["schemas"]["Id"];
            conversationId: components["schemas"]["Id"];
            sender: components["schemas"]["Author"];
            body: string;
            sentAt: components["schemas"]["Timestamp"];
            /** @description Whether this person has read it (own messages are read). */
            read: boolean;
            /** @description On the person's own messages in a conversation with the care team or care staff - whether someone of the care team has read it. */
            readByCareTeam?: boolean;
            attachments?: components["schemas"]["Attachment"][];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        MessagePage: {
            items: components["schemas"]["Message"][];
            nextCursor: string | null;
        };
        /**
         * @description A conversation between the person and one or several recipients.
         * @example {
         *       "id": "cv-1",
         *       "participants": [
         *         {
         *           "id": "care-team",
         *           "name": "Zorgteam",
         *           "kind": "care-team"
         *         }
         *       ],
         *       "lastMessageAt": "2026-11-20T09:12:00Z",
         *       "unread": 1
         *     }
         */
        Conversation: {
            id: components["schemas"]["Id"];
            participants: components["schemas"]["Recipient"][];
            lastMessage?: components["schemas"]["Message"];
            lastMessageAt: components["schemas"]["Timestamp"];
            unread: number;
        };
        /**
         * @example {
         *       "recipientIds": [
         *         "care-team"
         *       ],
         *       "body": "Kan de zorg morgen om 9 uur komen?"
         *     }
         */
        StartConversationRequest: {
            recipientIds: components["schemas"]["Id"][];
            body: components["schemas"]["MultiLineText"];
            /** @description Uploaded attachments (X9), at most 5. */
            attachmentIds?: components["schemas"]["Id"][];
        };
        /**
         * @example {
         *       "body": "Dank u wel!"
         *     }
         */
        SendMessageRequest: {
            body: components["schemas"]["MultiLineText"];
            /** @description Uploaded attachments (X9), at most 5. */
            attachmentIds?: components["schemas"]["Id"][];
        };
        /**
         * @example {
         *       "upToMessageId": "msg-1"
         *     }
         */
        MarkReadRequest: {
            upToMessageId: components["schemas"]["Id"];
        };
        /**
         * @description A short announcement to all contacts.
         * @example {
         *       "id": "bp-1",
         *       "author": {
         *         "id": "u-sanne",
         *         "name": "Sanne de Vries",
         *         "kind": "contact"
         *       },
         *       "text": "Noah is deze week jarig!",
         *       "postedAt": "2026-11-19T18:00:00Z",
         *       "deletable": true
         *     }
         */
        BulletinPost: {
            id: components["schemas"]["Id"];
            author: components["schemas"]["Author"];
            text: string;
            postedAt: components["schemas"]["Timestamp"];
            deletable: boolean;
        };
        /**
         * @example {
         *       "text": "Vrijdag zijn we niet thuis."
         *     }
         */
        BulletinPostInput: {
            text: components["schemas"]["MultiLineText"];
        };
        /**
         * @description The kinds of file that can be attached (X9); the server checks the content, not the name.
         * @example image/jpeg
         * @enum {string}
         */
        AttachmentMediaType: "image/jpeg" | "image/png" | "image/heic" | "application/pdf";
        /**
         * @description A photo or PDF on a message or report.
         * @example {
         *       "id": "at-1",
         *       "name": "foto-1.jpg",
         *       "mediaType": "image/jpeg",
         *       "size": 482133
         *     }
         */
        Attachment: {
            id: components["schemas"]["Id"];
            /** @description A name for the download, e.g. "foto-1.jpg". */
            name: string;
            mediaType: components["schemas"]["AttachmentMediaType"];
            /** @description In bytes. */
            size: number;
        };
        /**
         * @description A report (rapportage) in the dossier.
         * @example {
         *       "id": "rp-1",
         *       "title": "Ochtendzorg",
         *       "body": "Noah heeft goed geslapen. Sonde-voeding zonder problemen gegeven.",
         *       "author": {
         *         "id": "st-anna",
         *         "name": "Anna Bakker",
         *         "kind": "care-staff",
         *         "role": "nurse"
         *       },
         *       "createdAt": "2026-11-20T08:45:00Z",
         *       "category": "Verzorging"
         *     }
         */
        Report: {
            id: components["schemas"]["Id"];
            title: string;
            body: string;
            author: components["schemas"]["Author"];
            createdAt: components["schemas"]["Timestamp"];
            /** @description The kind of report, e.g. "Verzorging", "Medicatie". */
            category?: string;
            attachments?: components["schemas"]["Attachment"][];
        };
        /**
         * @example {
         *       "title": "Weekend thuis",
         *       "body": "Noah had zaterdag koorts, zondag ging het beter."
         *     }
         */
        ReportInput: {
            title: components["schemas"]["OneLineText"];
            body: components["schemas"]["MultiLineText"];
            /** @description Uploaded attachments (X9), at most 5. */
            attachmentIds?: components["schemas"]["Id"][];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        ReportPage: {
            items: components["schemas"]["Report"][];
            nextCursor: string | null;
        };
        /**
         * @description Something added to the dossier.
         * @example {
         *       "id": "tl-rp-1",
         *       "type": "report",
         *       "title": "Ochtendzorg",
         *       "occurredAt": "2026-11-20T08:45:00Z",
         *       "refId": "rp-1"
         *     }
         */
        TimelineEntry: {
            id: components["schemas"]["Id"];
            /** @enum {string} */
            type: "report" | "questionnaire" | "plan";
            title: string;
            occurredAt: components["schemas"]["Timestamp"];
            refId: components["schemas"]["Id"];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        TimelinePage: {
            items: components["schemas"]["TimelineEntry"][];
            nextCursor: string | null;
        };
        /**
         * @description A kind of measurement.
         * @example weight
         * @enum {string}
         */
        MeasurementKindCode: "weight" | "temperature" | "pulse" | "blood-pressure-systolic" | "blood-pressure-diastolic" | "blood-glucose" | "oxygen-saturation";
        /**
         * @description A kind of measurement with its unit and reference range.
         * @example {
         *       "code": "temperature",
         *       "name": "Temperatuur",
         *       "unit": "°C",
         *       "decimals": 1,
         *       "referenceRange": {
         *         "low": 36,
         *         "high": 37.5
         *       }
         *     }
         */
        MeasurementKind: {
            code: components["schemas"]["MeasurementKindCode"];
            /** @description The name in the care record (Dutch). */
            name: string;
            unit: string;
            decimals: number;
            referenceRange?: {
                low: number;
                high: number;
            };
        };
        /**
         * @description One measured value.
         * @example {
         *       "id": "ms-1",
         *       "kind": "temperature",
         *       "value": 37.2,
         *       "measuredAt": "2026-11-20T08:30:00Z"
         *     }
         */
        Measurement: {
            id: components["schemas"]["Id"];
            kind: components["schemas"]["MeasurementKindCode"];
            value: number;
            measuredAt: components["schemas"]["Timestamp"];
            measuredBy?: components["schemas"]["Author"];
            note?: string;
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        MeasurementPage: {
            items: components["schemas"]["Measurement"][];
            nextCursor: string | null;
        };
        /**
         * @description A questionnaire in the list.
         * @example {
         *       "id": "qn-1",
         *       "title": "Tevredenheid over de zorg",
         *       "status": "open",
         *       "sentAt": "2026-11-10T09:00:00Z"
         *     }
         */
        QuestionnaireSummary: {
            id: components["schemas"]["Id"];
            title: string;
            /** @enum {string} */
            status: "open" | "completed";
            sentAt: components["schemas"]["Timestamp"];
            dueAt?: components["schemas"]["Timestamp"];
            completedAt?: components["schemas"]["Timestamp"];
        };
        /**
         * @description One question.
         * @example {
         *       "id": "q1",
         *       "text": "Hoe tevreden bent u over de zorg?",
         *       "type": "scale",
         *       "required": true,
         *       "min": 1,
         *       "max": 5
         *     }
         */
        Question: {
            id: components["schemas"]["Id"];
            text: string;
            /** @enum {string} */
            type: "text" | "choice" | "scale" | "yes-no";
            required: boolean;
            /** @description With `choice` - the options to choose from. */
            options?: string[];
            /** @description With `scale` - the lowest value. */
            min?: number;
            /** @description With `scale` - the highest value. */
            max?: number;
        };
        /**
         * @example {
         *       "questionId": "q1",
         *       "value": 4
         *     }
         */
        Answer: {
            questionId: components["schemas"]["Id"];
            /** @description Text for `text` and `choice`, a whole number for `scale`, true or false for `yes-no`. */
            value: string | number | boolean;
        };
        /**
         * @example {
         *       "id": "qn-1",
         *       "title": "Tevredenheid over de zorg",
         *       "status": "open",
         *       "sentAt": "2026-11-10T09:00:00Z",
         *       "questions": [
         *         {
         *           "id": "q1",
         *           "text": "Hoe tevreden bent u over de zorg?",
         *           "type": "scale",
         *           "required": true,
         *           "min": 1,
         *           "max": 5
         *         }
         *       ]
         *     }
         */
        Questionnaire: components["schemas"]["QuestionnaireSummary"] & {
            introduction?: string;
            questions: components["schemas"]["Question"][];
            answers?: components["schemas"]["Answer"][];
        };
        /**
         * @example {
         *       "answers": [
         *         {
         *           "questionId": "q1",
         *           "value": 4
         *         }
         *       ]
         *     }
         */
        QuestionnaireResponseInput: {
            answers: components["schemas"]["Answer"][];
        };
        /**
         * @description A version of the care plan (zorgplan / cliëntplan).
         * @example {
         *       "id": "pl-2",
         *       "version": 2,
         *       "title": "Zorgplan 2026",
         *       "createdAt": "2026-11-01T10:00:00Z",
         *       "status": "awaiting-decision",
         *       "sections": [
         *         {
         *           "heading": "Doelen",
         *           "text": "Mevrouw blijft veilig thuis wonen.\nDe bloedsuiker blijft tussen 4 en 10 mmol/l."
         *         }
         *       ]
         *     }
         */
        Plan: {
            id: components["schemas"]["Id"];
            /** @description Increases whenever the plan changes. */
            version: number;
            title: string;
            createdAt: components["schemas"]["Timestamp"];
            /** @enum {string} */
            status: "awaiting-decision" | "signed" | "rejected" | "superseded";
            decidedAt?: components["schemas"]["Timestamp"];
            decidedBy?: string;
            rejectionReason?: string;
            /** @description The plan's text in its parts, in order - the situation, the goals, the agreements about the care (the actions), the evaluation. */
            sections: components["schemas"]["PlanSection"][];
        };
        /**
         * @description One part of a care plan - a heading ("Doelen", "Afspraken over de zorg") and its text, one point per line.
         * @example {
         *       "heading": "Afspraken over de zorg",
         *       "text": "Elke ochtend: hulp bij douchen.\nOm de dag: wondzorg."
         *     }
         */
        PlanSection: {
            heading: components["schemas"]["OneLineText"];
            text: components["schemas"]["MultiLineText"];
        };
        /**
         * @description Sign (approve) or reject.
         * @example sign
         * @enum {string}
         */
        PlanDecision: "sign" | "reject";
        /**
         * @example {
         *       "decision": "sign",
         *       "version": 2
         *     }
         */
        PlanDecisionCodeRequest: {
            decision: components["schemas"]["PlanDecision"];
            /** @description The version the user read. */
            version: number;
        };
        /**
         * @example {
         *       "decision": "reject",
         *       "version": 2,
         *       "challengeId": "ch-9b1c",
         *       "code": "654321",
         *       "reason": "De avondzorg klopt niet."
         *     }
         */
        PlanDecisionRequest: {
            decision: components["schemas"]["PlanDecision"];
            version: number;
            challengeId: components["schemas"]["Id"];
            code: string;
            /** @description With `reject` - why (optional). */
            reason?: components["schemas"]["MultiLineText"];
        };
        /**
         * @example {
         *       "street": "Lindelaan 12",
         *       "postalCode": "1234 AB",
         *       "city": "Hilversum"
         *     }
         */
        Address: {
            street: string;
            postalCode: string;
            city: string;
        };
        /**
         * @description The client's details as recorded in the dossier. Read only; for wrong data contact the care team.
         * @example {
         *       "name": "Noah de Vries",
         *       "dateOfBirth": "2019-03-14",
         *       "address": {
         *         "street": "Lindelaan 12",
         *         "postalCode": "1234 AB",
         *         "city": "Hilversum"
         *       },
         *       "contacts": [
         *         {
         *           "name": "Sanne de Vries",
         *           "relation": "Moeder"
         *         }
         *       ]
         *     }
         */
        Profile: {
            name: string;
            /** Format: date */
            dateOfBirth: string;
            address: components["schemas"]["Address"];
            phone?: string;
            email?: string;
            insurance?: {
                insurer: string;
                policyNumber: string;
            };
            /** @description The general practitioner (huisarts). */
            gp?: {
                name: string;
                practice?: string;
                phone?: string;
            };
            contacts: {
                name: string;
                relation: string;
                phone?: string;
                email?: string;
            }[];
        };
        /**
         * @description A care staff member directly involved.
         * @example {
         *       "id": "st-anna",
         *       "name": "Anna Bakker",
         *       "role": "nurse"
         *     }
         */
        CareTeamMember: {
            id: components["schemas"]["Id"];
            name: string;
            role: components["schemas"]["CareRole"];
            phone?: string;
        };
        /**
         * @description A detail of the profile a correction request can be about.
         * @example address
         * @enum {string}
         */
        ProfileField: "name" | "date-of-birth" | "address" | "phone" | "email" | "insurance" | "gp" | "contacts";
        /**
         * @description What a correction request is about - a detail of the profile (`field`) or a report (`reportId`).
         * @example {
         *       "kind": "profile",
         *       "field": "address"
         *     }
         * @example {
         *       "kind": "report",
         *       "reportId": "rp-12"
         *     }
         */
        CorrectionSubject: {
            /** @enum {string} */
            kind: "profile" | "report";
            field?: components["schemas"]["ProfileField"];
            reportId?: components["schemas"]["Id"];
        };
        /**
         * @description `sent` - waiting for the care team; `in-progress` - being handled; `corrected` - the record was corrected; `declined` - not corrected (see `declineReason`).
         * @example sent
         * @enum {string}
         */
        CorrectionStatus: "sent" | "in-progress" | "corrected" | "declined";
        /**
         * @example {
         *       "subject": {
         *         "kind": "profile",
         *         "field": "phone"
         *       },
         *       "wrong": "Mijn telefoonnummer is veranderd.",
         *       "correct": "035 - 123 45 99"
         *     }
         */
        CorrectionRequestInput: {
            subject: components["schemas"]["CorrectionSubject"];
            /** @description What is wrong (several lines allowed; not only spaces). */
            wrong: string;
            /** @description What it should be (one line; not only spaces). */
            correct: string;
        };
        /**
         * @description A request to the care team to correct the record (X11).
         * @example {
         *       "id": "cr-1",
         *       "subject": {
         *         "kind": "profile",
         *         "field": "phone"
         *       },
         *       "wrong": "Mijn telefoonnummer is veranderd.",
         *       "correct": "035 - 123 45 99",
         *       "status": "declined",
         *       "declineReason": "Dit nummer kunnen wij niet bellen. Wilt u het nog eens nakijken?",
         *       "requestedBy": "Els Jansen",
         *       "createdAt": "2026-11-18T10:00:00Z",
         *       "updatedAt": "2026-11-19T09:00:00Z"
         *     }
         */
        CorrectionRequest: {
            id: components["schemas"]["Id"];
            subject: components["schemas"]["CorrectionSubject"];
            /** @description With a report - its title. */
            reportTitle?: string;
            wrong: string;
            correct: string;
            status: components["schemas"]["CorrectionStatus"];
            /** @description With `declined` - why the care team did not correct it. */
            declineReason?: string;
            /** @description The name of the person who sent the request. */
            requestedBy: string;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * @description A person with (or without yet) access to this client's portal.
         * @example {
         *       "id": "pe-1",
         *       "name": "Mark de Vries",
         *       "email": "mark@example.nl",
         *       "relation": "Vader",
         *       "sections": [
         *         "appointments"
         *       ],
         *       "status": "active",
         *       "isSelf": false
         *     }
         */
        Person: {
            id: components["schemas"]["Id"];
            name: string;
            email: string;
            phone?: string;
            relation: string;
            sections: components["schemas"]["Section"][];
            /**
             * @description `no-access` - added, no sections; `invited` - sections given, invitation not yet accepted; `active`.
             * @enum {string}
             */
            status: "no-access" | "invited" | "active";
            /** @description Whether this is the signed-in person. */
            isSelf: boolean;
        };
        /**
         * @example {
         *       "name": "Oma Jansen",
         *       "email": "oma@example.nl",
         *       "phone": "0612345678",
         *       "relation": "Oma"
         *     }
         */
        PersonInput: {
            name: components["schemas"]["OneLineText"];
            /** Format: email */
            email: string;
            /** @description The mobile number for sign-in codes. */
            phone: string;
            relation: components["schemas"]["OneLineText"];
        };
        /**
         * @example {
         *       "sections": [
         *         "appointments",
         *         "messages"
         *       ]
         *     }
         */
        SetSectionsRequest: {
            sections: components["schemas"]["Section"][];
        };
        /**
         * @description One read or change of the client's record. Never holds a code or password.
         * @example {
         *       "id": "al-1",
         *       "at": "2026-11-20T08:50:00Z",
         *       "actor": {
         *         "name": "Anna Bakker",
         *         "kind": "care-staff"
         *       },
         *       "onBehalfOf": "Noah de Vries",
         *       "action": "read",
         *       "resource": "reports",
         *       "origin": {
         *         "channel": "care-record",
         *         "address": "10.20.0.x",
         *         "device": "computer"
         *       }
         *     }
         */
        AccessLogEntry: {
            id: components["schemas"]["Id"];
            at: components["schemas"]["Timestamp"];
            actor: {
                name: string;
                /** @enum {string} */
                kind: "client" | "contact" | "care-staff";
            };
            /** @description The client the actor acted for. */
            onBehalfOf?: string;
            /** @enum {string} */
            action: "read" | "write";
            /** @description What was read or changed (a section name). */
            resource: string;
            origin: components["schemas"]["AccessOrigin"];
        };
        /**
         * @description Where a read or change came from (NEN 7513) - the channel, the network address as the server saw it, and the kind of device.
         * @example {
         *       "channel": "portal",
         *       "address": "192.0.2.x",
         *       "device": "phone"
         *     }
         */
        AccessOrigin: {
            /**
             * @description `portal` - through this portal; `care-record` - in the organisation's care record (ECD).
             * @enum {string}
             */
            channel: "portal" | "care-record";
            /** @description The IP address the server saw, its last part hidden (`192.0.2.x`, `2001:db8:85a3:x`). */
            address?: string;
            /**
             * @description The kind of device, from the browser's User-Agent.
             * @enum {string}
             */
            device: "computer" | "phone" | "tablet" | "unknown";
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        AccessLogPage: {
            items: components["schemas"]["AccessLogEntry"][];
            nextCursor: string | null;
        };
    };
    responses: {
        /** @description The request does not match the contract; `errors` names the fields. */
        BadRequest: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No session, an expired session, or (at sign-in) wrong credentials. */
        Unauthorized: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A section not granted, a read-only item, or a failed cross-site check. */
        Forbidden: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not there, or not for this person. */
        NotFound: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The step, version or state does not allow this now. */
        Conflict: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well formed but refused (a wrong or expired code, a rejected password, a reused idempotency key). */
        Unprocessable: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests or attempts; try again after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The path does not have this method (`method_not_allowed`); `Allow` lists the ones it has. */
        MethodNotAllowed: {
            headers: {
                Allow: components["headers"]["Allow"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The body is larger than the operation allows (`payload_too_large`): 64 kB (65,536 bytes)
         *     unless the operation names another limit in `x-max-body-bytes`. Counted while reading,
         *     before the session or the body is checked.
         */
        PayloadTooLarge: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The body's `Content-Type` is not one the operation's request body lists
         *     (`unsupported_media_type`); for JSON that is `application/json`, optionally with
         *     `charset=utf-8`. A body where the operation takes none is refused the same way.
         */
        UnsupportedMediaType: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something failed on the server (`internal_error`); nothing was changed. */
        InternalError: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The care record cannot be reached for a while (`service_unavailable`); try again after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The client whose portal this is. */
        ClientId: components["schemas"]["Id"];
        /** @description The appointment. */
        AppointmentId: components["schemas"]["Id"];
        /** @description The conversation. */
        ConversationId: components["schemas"]["Id"];
        /** @description The bulletin post. */
        PostId: components["schemas"]["Id"];
        /** @description The attachment. */
        AttachmentId: components["schemas"]["Id"];
        /** @description The questionnaire. */
        QuestionnaireId: components["schemas"]["Id"];
        /** @description The plan version. */
        PlanId: components["schemas"]["Id"];
        /** @description The person with access. */
        PersonId: components["schemas"]["Id"];
        /** @description The invitation. */
        InvitationId: components["schemas"]["Id"];
        /** @description Only items at or after this moment. */
        From: string;
        /** @description Only items before this moment. */
        To: string;
        /** @description The `nextCursor` of the previous page. */
        Cursor: string;
        /** @description Items per page. */
        Limit: number;
        /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description `__Host-portal-session=…; Path=/; Secure; HttpOnly; SameSite=Strict` */
        SetSessionCookie: string;
        /** @description `__Host-portal-session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict` */
        ClearSessionCookie: string;
        /** @description A new session id (the code raised the session; the previous id has ended): `__Host-portal-session=…; Path=/; Secure; HttpOnly; SameSite=Strict`; when the device became trusted also `__Host-portal-device=…; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Strict` */
        SetDeviceCookie: string;
        /** @description When the step raised the session (password changed, signed in): a new session id, the previous one has ended. `__Host-portal-session=…; Path=/; Secure; HttpOnly; SameSite=Strict` */
        RenewedSessionCookie: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description Every answer is `no-store`, so care-record data stays out of browser and proxy caches. */
        CacheControl: "no-store";
        /** @description Every answer is `nosniff`, so a browser never guesses another type than the one sent. */
        ContentTypeOptions: "nosniff";
        /** @description A document is a download: `attachment; filename="…"`. */
        ContentDisposition: string;
        /** @description The methods this path has (RFC 9110). */
        Allow: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description The password was right; the state names the next step. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSignInState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current step. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestSignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A code was sent; the state carries the challenge with the prefix. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifySignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCodeRequest"];
            };
        };
        responses: {
            /** @description The code was right; the state names the next step. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Set-Cookie": components["headers"]["SetDeviceCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed; the state names the next step. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Set-Cookie": components["headers"]["RenewedSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTerms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terms to read and accept. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Terms"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    acceptTerms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptTermsRequest"];
            };
        };
        responses: {
            /** @description Accepted; the state names the next step. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Set-Cookie": components["headers"]["RenewedSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending invitations. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    answerInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation. */
                invitationId: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerInvitationRequest"];
            };
        };
        responses: {
            /** @description Answered; the state names the next step. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Set-Cookie": components["headers"]["RenewedSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Set-Cookie": components["headers"]["ClearSessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description If the account exists, an e-mail is on its way. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPasswordResetRequest"];
            };
        };
        responses: {
            /** @description The password was changed; sign in with it. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in session. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    keepAlive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session with its new idle expiry. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSyncStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The synchronisation status. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointments, earliest first. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Appointment"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentInput"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The appointment. */
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentInput"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The appointment. */
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestVisitChange: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The appointment. */
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitChangeRequestInput"];
            };
        };
        responses: {
            /** @description Sent; the appointment with its change request. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRecipients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The possible recipients. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversations with their unread counts. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startConversation: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartConversationRequest"];
            };
        };
        responses: {
            /** @description The new conversation. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The conversation. */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The conversation. */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Sent. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    markConversationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The conversation. */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadRequest"];
            };
        };
        responses: {
            /** @description The conversation with its new unread count. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBulletinPosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posts. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinPost"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBulletinPost: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulletinPostInput"];
            };
        };
        responses: {
            /** @description Posted. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinPost"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateBulletinPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The bulletin post. */
                postId: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulletinPostInput"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinPost"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteBulletinPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The bulletin post. */
                postId: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/heic": string;
                "application/pdf": string;
            };
        };
        responses: {
            /** @description Uploaded; use its id in `attachmentIds`. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The attachment. */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as a download. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "X-Content-Type-Options": components["headers"]["ContentTypeOptions"];
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/heic": string;
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listReports: {
        parameters: {
            query?: {
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInput"];
            };
        };
        responses: {
            /** @description Written. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportReports: {
        parameters: {
            query?: {
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "X-Content-Type-Options": components["headers"]["ContentTypeOptions"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTimeline: {
        parameters: {
            query?: {
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of timeline entries. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMeasurementKinds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kinds. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementKind"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMeasurements: {
        parameters: {
            query?: {
                /** @description Only measurements of this kind. */
                kind?: components["schemas"]["MeasurementKindCode"];
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of measurements. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listQuestionnaires: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaires, newest first. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The questionnaire. */
                questionnaireId: components["parameters"]["QuestionnaireId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaire. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questionnaire"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitQuestionnaire: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The questionnaire. */
                questionnaireId: components["parameters"]["QuestionnaireId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionnaireResponseInput"];
            };
        };
        responses: {
            /** @description Stored; the questionnaire is completed. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questionnaire"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan versions. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPlanDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The plan version. */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan document. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "X-Content-Type-Options": components["headers"]["ContentTypeOptions"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestPlanDecisionCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The plan version. */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDecisionCodeRequest"];
            };
        };
        responses: {
            /** @description A code was sent. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    decidePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The plan version. */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDecisionRequest"];
            };
        };
        responses: {
            /** @description Decided. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCareTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The care team. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareTeamMember"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCorrectionRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequest"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCorrectionRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionRequestInput"];
            };
        };
        responses: {
            /** @description Sent to the care team. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPeople: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addPerson: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per creating request, the same across its retries (8 to 64 characters). */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description Added, without access. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setPersonSections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The person with access. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSectionsRequest"];
            };
        };
        responses: {
            /** @description The person with the new sections. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
                /** @description The person with access. */
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAccessLog: {
        parameters: {
            query?: {
                /** @description Only items at or after this moment. */
                from?: components["parameters"]["From"];
                /** @description Only items before this moment. */
                to?: components["parameters"]["To"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The client whose portal this is. */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log entries. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
