/**
 * Generated from docs/api/openapi.json by openapi-typescript: do not edit.
 * Regenerate with `npm run designer:api-types` (npm run openapi:update does it too).
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database, queue backend and workers; 503 when the database or queue is down */
        get: operations["HealthController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in a local user and receive a bearer token (only without an external identity provider) */
        post: operations["AuthController_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the designer signs in: locally, or through the external provider and which client */
        get: operations["AuthController_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys of locally issued tokens */
        get: operations["AuthController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the bearer of the token is: user, roles and party */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published templates that counties start from */
        get: operations["TemplatesController_list"];
        put?: never;
        /**
         * Publish a county’s published agreement as a template for other counties (admin)
         * @description Without the county’s key, county, date, source documents and signing; a key that exists gets its next version.
         */
        post: operations["TemplateUpdateController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template by reference, key@version */
        get: operations["TemplatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreements the caller may read */
        get: operations["AgreementsController_list"];
        put?: never;
        /** Create an agreement with its first draft (strategist of the county) */
        post: operations["AgreementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement (by id or key) and its versions */
        get: operations["AgreementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a draft from the published version or a named one */
        post: operations["AgreementsController_createDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version as stored (a number, or latest = the published one) */
        get: operations["AgreementsController_getVersion"];
        /** Replace a draft; 422 with every problem, 409 when published or stale */
        put: operations["AgreementsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Every problem of a version, its template applied */
        post: operations["AgreementsController_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: immutable from now on, with content hash, who and when */
        post: operations["AgreementsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement document: print-ready HTML in Swedish, one signature page per party */
        get: operations["AgreementViewsController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement document as PDF (A4), printed by Chromium; 501 where none is installed */
        get: operations["AgreementViewsController_documentPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/cost-split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each cost item split between its payers for a year, exact in öre, with how each share was computed
         * @description Where funding reduces the split that year (a state grant deducted before the municipalities split the rest), `funded` gives per set of items the gross, each funding and the net split; `payers` what each payer pays without funding and with it; `fundingBeside` the funding deducted from nothing that year; `projectPeriod` the period the financing covers
         */
        get: operations["AgreementViewsController_costSplit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The earliest date a party’s withdrawal takes effect for notice given on a date (default today) */
        get: operations["AgreementViewsController_withdrawal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/term": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the agreement is in force on a date (default today) and until when, renewals included */
        get: operations["AgreementViewsController_term"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a party owes and when next */
        get: operations["AgreementViewsController_obligations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings, deadlines, reports and renewals between two dates (default a year from today), Europe/Stockholm
         * @description At most 10 years per request and 2000 entries per answer; a longer calendar says through which day it is complete (truncation), to be fetched on from the day after
         */
        get: operations["AgreementViewsController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same calendar as iCalendar (RFC 5545): one feed per party (?party=) or body (?body=)
         * @description At most 10 years per request and 2000 entries per answer; a longer calendar says through which day it is complete (truncation), to be fetched on from the day after; a cut feed is marked X-SAMVERKAN-TRUNCATED and says so in X-WR-CALDESC
         */
        get: operations["AgreementViewsController_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every clause and how the product encodes it (party, organisation, meeting, commitment, date, cost, rule, routine), or why it stays text only
         * @description A clause with text that nothing encodes and no textOnly reason explains is listed in `unaccounted`.
         */
        get: operations["AgreementViewsController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/timers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every deadline, reminder and escalation the bound routines can arm, and every parameter, with where each value comes from
         * @description Sources: the agreement’s clause, the county’s own choice, the routine template (and the text it took the value from), a product default marked as such, or the case itself. Computed with the routine versions new cases start on; `unsourced` lists any value without a source. Each parameter whose value comes from the template or the product says `toConfirm` and who confirmed it (`confirmation`); `unconfirmed` lists those no one has confirmed: publishing refuses while any is.
         */
        get: operations["AgreementViewsController_timers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes against another version or the template, per section, in words */
        get: operations["AgreementViewsController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/default-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm defaults of a draft’s routines: who and when is recorded with each value; a changed value needs none */
        post: operations["DefaultConfirmationsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/template-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The changes a newer version of its template would make to the agreement, in words, each to take or leave
         * @description Against the published version (else the latest). `ownValue` marks a change the county’s own value shadows: it cannot be chosen.
         */
        get: operations["TemplateUpdateController_view"];
        put?: never;
        /**
         * A new draft on the newer template, with the changes taken and none of the others
         * @description The draft differs from the version it starts from by exactly the changes taken (and `extends`). 409 while a draft exists.
         */
        post: operations["TemplateUpdateController_take"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement’s calendar feeds, revoked ones too, without their secrets */
        get: operations["CalendarFeedsController_list"];
        put?: never;
        /**
         * A party’s calendar feed to subscribe to without signing in (the county’s strategists)
         * @description Answers the address with its secret this once: only its hash is stored. The feed is the party’s calendar of the published version, read-only, until revoked.
         */
        post: operations["CalendarFeedsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/calendar-feeds/{feed}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a calendar feed: its address answers 404 from now on */
        delete: operations["CalendarFeedsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A party’s calendar feed, by its secret address: no sign-in (calendar clients send no token)
         * @description The published version’s calendar for the party, from the first of last month to a year ahead. Unknown or revoked: 404. At most 60 requests per address per 15 minutes (429 with Retry-After).
         */
        get: operations["CalendarFeedsController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bodies that meet a count per period ("4 gånger per år"): this period’s and the next, how many, the dates set */
        get: operations["MeetingDatesController_list"];
        put?: never;
        /**
         * Dates a meeting of a body that meets a count per period (its convener’s organisation, county strategists, admin)
         * @description The meeting is then dated in the calendar and its feeds, and its invitation and minutes reminder are armed. 422 MEETING_INVALID (body, startsAt), 409 MEETING_EXISTS for the same start twice.
         */
        post: operations["MeetingDatesController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a case of a routine bound in a county’s published agreement; answers with what the start did
         * @description The case reference is generated (pseudonymous, never chosen by the caller). With an Idempotency-Key (a UUID), the same start again answers with the case it made; the key with another start is a 409.
         */
        post: operations["InstancesController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case: active states, tasks with due times, armed deadlines and its whole history */
        get: operations["InstancesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event; only parties playing a role the event is expected from may send it
         * @description Answers with what the step did (new state, tasks opened and closed, timers armed and cancelled); the whole case is GET /api/instances/{id}.
         */
        post: operations["InstancesController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routines/{key}/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move running cases to another version with a state mapping, validated first (dryRun to preview) */
        post: operations["RoutineMigrationsController_migrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routine definitions and their versions */
        get: operations["RoutinesController_list"];
        put?: never;
        /** Publish a new routine version (validated); new cases start on it, running ones stay. 201 when stored, 200 when this very content is already published, 409 ROUTINE_VERSION_EXISTS when the version has other content */
        post: operations["RoutinesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routines/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One routine definition version */
        get: operations["RoutinesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tasks owed by the caller’s organisation, soonest due first */
        get: operations["TasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders and escalations addressed to the caller’s organisation */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Swedish municipalities with codes, counties and populations (with year and source) */
        get: operations["MunicipalitiesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisations known to Samverkan, with the counties each takes part in */
        get: operations["PartiesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parties/{party}/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organisation accepts to take part in a county (its own strategist, or the admin for it) */
        post: operations["PartiesController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parties/{party}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a party hears its notices: its functional mailboxes and its users’ addresses (admin, county strategists) */
        get: operations["PartyContactsController_list"];
        put?: never;
        /**
         * Adds a functional mailbox (address and label) or a user’s work address (address and username)
         * @description Addresses of officials and mailboxes only, never of a person a case concerns. 409 CONTACT_EXISTS for one already entered.
         */
        post: operations["PartyContactsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parties/{party}/contacts/{contact}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a contact of the party */
        delete: operations["PartyContactsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the caller hears their party’s notices: e-mail (immediate, daily digest or off) and the inbox */
        get: operations["NoticePreferencesController_get"];
        /** Sets the caller’s channels */
        put: operations["NoticePreferencesController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s inbox: notices addressed to their party, newest first, read or unread */
        get: operations["InboxController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks every notice of the caller’s inbox read (for the caller only) */
        post: operations["InboxController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks a notice of the caller’s inbox read */
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notice-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every kind of notice: when it is sent, the variables its template may use, the product template */
        get: operations["NoticeTemplatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notice-templates/{kind}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renders a template with sample data (the parts given, the product’s for the rest)
         * @description The same check as saving an agreement: 422 NOTICE_TEMPLATE_INVALID with the part (`html`), line and column.
         */
        post: operations["NoticeTemplatesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signature round of a version: each party that signs, the day and function of its signatory, who is left */
        get: operations["LifecycleController_signatures"];
        put?: never;
        /**
         * Records a party’s signature of the published version (its own strategist or coordinator, or the admin)
         * @description The day and the signatory’s function, never a name (422 PERSONAL_DATA_REJECTED for what looks like personal data). The party’s signature task in the version’s lifecycle closes and its reminders stop; the other parties’ go on. 409 SIGNATURE_EXISTS when the party has signed; 409 AGREEMENT_VERSION_NOT_PUBLISHED for a draft or superseded version.
         */
        post: operations["LifecycleController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/versions/{version}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reminders of the agreement’s own dates: their lead times (product defaults) and those armed
         * @description The last day to give notice before the coming year end (from the withdrawal rule), each automatic renewal, and each annual report the agreement dates. Signature and follow-up plan reminders are the lifecycle routine’s (see timers).
         */
        get: operations["LifecycleController_reminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{agreement}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notices of withdrawal (uppsägningar) given from the agreement: who, when, and when each takes effect */
        get: operations["WithdrawalsController_list"];
        put?: never;
        /**
         * Records a party’s notice of withdrawal from the published version (its own strategist or coordinator, the county’s strategist, or the admin)
         * @description The effective day comes from the published version’s withdrawal rule (the same as …/versions/{n}/withdrawal). The signatory by function, never a name (422 PERSONAL_DATA_REJECTED). The other parties hear it as `withdrawalReceived`, the withdrawing party as its receipt, queued in the same transaction. 422 WITHDRAWAL_INVALID (party unknown or not the agreement’s, givenOn ahead or no date), 409 WITHDRAWAL_EXISTS when the party has given notice, 409 WITHDRAWAL_RULE_MISSING, 409 AGREEMENT_NOT_PUBLISHED.
         */
        post: operations["WithdrawalsController_give"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parties/{party}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The party’s webhook (admin, or a strategist of its county); never its secret */
        get: operations["WebhooksController_get"];
        /** Sets the party’s webhook URL; a new webhook gets a secret, a changed URL keeps it */
        put: operations["WebhooksController_put"];
        post?: never;
        /** Removes the party’s webhook; its pending messages are discarded when their turn comes */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parties/{party}/webhook/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret, shown this once; the previous one still signs for 24 hours (two signatures per request) */
        post: operations["WebhooksController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dead letters: messages that failed every attempt, newest first */
        get: operations["DeliveryAdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages per channel and status, stuck ones, and whether SMTP is configured */
        get: operations["DeliveryAdminController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a dead letter again, at once, with fresh attempts (409 unless it is dead) */
        post: operations["DeliveryAdminController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drops a pending message or dead letter for good */
        post: operations["DeliveryAdminController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each queue’s waiting, delayed, active and failed jobs, and its stuck items */
        get: operations["DeliveryAdminController_queues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues/{queue}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A queue’s jobs in one state (failed unless stated) */
        get: operations["DeliveryAdminController_jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues/{queue}/jobs/{job}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs a failed job again */
        post: operations["DeliveryAdminController_retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues/{queue}/jobs/{job}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Removes a job (its row, if still pending, is put back by the reconciler) */
        post: operations["DeliveryAdminController_discardJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases waiting on a task past its due time, longest overdue first */
        get: operations["DeliveryAdminController_overdue"];
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
        TokenRequestDto: {
            /** @example strateg.jamtland */
            username: string;
            /** @example samverkan */
            password: string;
        };
        TokenResponseDto: {
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the token expires */
            expiresIn: number;
        };
        CreateAgreementDto: {
            /** @description The first version: an AgreementVersion (components/schemas/AgreementVersion), or its overrides when it `extends` a template (key@version) */
            content: {
                [key: string]: unknown;
            };
        };
        CreateDraftDto: {
            /** @description The version to copy; default the published one */
            from?: number;
        };
        UpdateDraftDto: {
            /** @description An AgreementVersion (components/schemas/AgreementVersion), or its overrides when it `extends` a template */
            content: {
                [key: string]: unknown;
            };
            /** @description The rowVersion read; a newer one on the server answers 409 (required: no silent overwrite) */
            rowVersion: number;
        };
        ConfirmDefaultsDto: {
            /** @description The defaults to confirm, each by its path in the timers view’s `unconfirmed` (`routines.rvc.parameters.contactWithin`) */
            confirm: string[];
            /** @description The rowVersion read; a newer one on the server answers 409 */
            rowVersion: number;
        };
        TakeTemplateChangesDto: {
            /** @description The newer template version, key@version (the template update view’s `to`) */
            to: string;
            /** @description The `path` of each change to take; every other change is left (the draft keeps the old template’s value) */
            take: string[];
        };
        PublishTemplateDto: {
            /** @description The agreement (key or id) whose published version becomes the template */
            agreement: string;
            /**
             * @description The template key: new (version 1) or an agreement template’s (its next version)
             * @example norrsken-mall
             */
            key: string;
            /** @description The template’s name, in Swedish */
            name: string;
            /** @description What the template is and where it comes from, in Swedish */
            description: string;
        };
        CreateCalendarFeedDto: {
            /** @description The party whose calendar the feed gives (its key) */
            party: string;
        };
        StartInstanceDto: {
            /** @example jamtland-operation-norrsken */
            agreement: string;
            /**
             * @description the binding key (e.g. rvc) or template key (rvc-referral)
             * @example rvc
             */
            routine: string;
            /**
             * @description The routine’s own input, and who the case is for when the binding names target groups (docs/cases.md): `targetGroup` (implied when there is one), `violenceCategory`, `violenceForms`, and `attestation`, a yes or no per criterion of the group (`age`, `residence`, `gender`); a case outside the group is a 422 OUTSIDE_TARGET_GROUP
             * @example {
             *       "homeMunicipality": "ostersunds-kommun",
             *       "violenceCategory": "mensViolenceAgainstWomen",
             *       "violenceForms": [
             *         "psychological"
             *       ],
             *       "attestation": {
             *         "age": true,
             *         "residence": true
             *       }
             *     }
             */
            input?: {
                [key: string]: unknown;
            };
            /**
             * @description When it happened, if before it is recorded: ISO 8601 with an offset. The states it enters are entered then, so deadlines run from it (Europe/Stockholm); one already past fires at once. Not in the future (a clock up to one minute fast is taken as now: 422 OCCURRED_AT_IN_FUTURE beyond), nor before the case's previous event (422 OCCURRED_AT_BEFORE_PREVIOUS_EVENT); the path of either is occurredAt. The history keeps both times (at: recorded, occurredAt: happened).
             * @example 2026-03-28T10:00:00+01:00
             */
            occurredAt?: string;
        };
        EventDto: {
            /** @example case.contact.made */
            type: string;
            /**
             * @description When it happened, if before it is recorded: ISO 8601 with an offset. The states it enters are entered then, so deadlines run from it (Europe/Stockholm); one already past fires at once. Not in the future (a clock up to one minute fast is taken as now: 422 OCCURRED_AT_IN_FUTURE beyond), nor before the case's previous event (422 OCCURRED_AT_BEFORE_PREVIOUS_EVENT); the path of either is occurredAt. The history keeps both times (at: recorded, occurredAt: happened).
             * @example 2026-03-28T10:00:00+01:00
             */
            occurredAt?: string;
        };
        MigrationDto: {
            from: number;
            to: number;
            /** @description old state path → new state path */
            states: {
                [key: string]: string;
            };
            dryRun?: boolean;
        };
        AcceptCountyDto: {
            /**
             * @description the county whose agreement may name this organisation
             * @example 22
             */
            countyCode: string;
        };
        WebhookDto: {
            /**
             * @description where the party’s notices are POSTed
             * @example https://larm.example.se/samverkan
             */
            url: string;
        };
        /** @description One difference between two versions: where, what kind, the values, and a Swedish sentence. */
        AgreementChange: {
            section: components["schemas"]["DiffSection"];
            /** @description `bodies[styrgrupp].cadence`: fields by name, items of keyed lists by key in brackets. */
            path: string;
            kind: components["schemas"]["ChangeKind"];
            before?: unknown;
            after?: unknown;
            /** @description E.g. "Styrgrupp Operation Norrsken: mötesfrekvens ändrad från 4 gånger per år till 6 gånger per år". */
            text: string;
        };
        /** @description The agreement's own dates and their reminders: the lead times (the county's or the product's defaults, marked) and what is armed. */
        AgreementRemindersView: {
            agreement: string;
            version: number;
            leads: components["schemas"]["ReminderLead"][];
            upcoming: components["schemas"]["UpcomingReminderView"][];
        };
        AgreementSummary: {
            id: string;
            key: string;
            countyCode: string;
            name: string;
            publishedVersion: number | null;
            draftVersion: number | null;
        };
        AgreementTimersView: {
            agreement: string;
            routines: components["schemas"]["RoutineTimersView"][];
            /** @description What has no source: `binding.timerKey`, `binding.parameters.name`, or a binding without a routine. */
            unsourced: string[];
        };
        AgreementView: {
            id: string;
            key: string;
            countyCode: string;
            name: string;
            publishedVersion: number | null;
            draftVersion: number | null;
            versions: components["schemas"]["VersionSummary"][];
        };
        /** @description A funding as it reduces a group in the year. */
        AppliedFunding: {
            key: string;
            funder: string;
            /** @description What it deducts, in öre: for `whole`, all of the group's gross that other funding leaves. */
            amountOre: number;
            deduct: components["schemas"]["FundingDeduction"];
            approximate: boolean;
            /** @description Where the amount, the year, the items or the deduction is a reading of the text: why. */
            reading: string | null;
            clause: string;
        };
        /** @description How the designer signs in (GET /auth/config): `local` with username and password at /auth/token; `oidc` through the external provider (authorization code with PKCE, the provider found by discovery at `issuer`/.well-known/openid-configuration); `unavailable` when the API trusts an external provider but no client is registered there for the designer (AUTH_CLIENT_ID). */
        AuthConfig: {
            /** @enum {string} */
            mode: "local" | "unavailable";
        } | {
            /** @constant */
            mode: "oidc";
            issuer: string;
            /** @description The designer's public client at the provider. */
            clientId: string;
            /** @description The scopes the designer asks for, openid among them. */
            scopes: string[];
            /** @description The audience (`aud`) the API requires of access tokens. */
            audience: string;
        };
        /** @description Who is calling: resolved from the bearer token on every /api request. */
        AuthUser: {
            id: string;
            username: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
            party: {
                id: string;
                key: string;
                name: string;
                kind: string;
            };
            /** @description Counties whose agreements this user may write (strategists only). */
            counties: string[];
        };
        CalculatorProblem: {
            /** @description Dot path, e.g. `bodies.2.cadence.rrule`; empty for the input as a whole. */
            path: string;
            code: components["schemas"]["CalculatorProblemCode"];
            message: {
                sv: string;
                en: string;
            };
        };
        /**
         * @description Every calculator reports bad input the same way: as data, never by throwing. A result is either `ok` with its value or not `ok` with every problem found at once, each with the dot path of the offending field in the calculator's own input (`parties.3.population`), a stable code and a message in Swedish and English. This is the shape of the schema's `Problem` and `ValidationResult` (src/problem.ts), so the API turns both into the same 422 body.
         * @enum {string}
         */
        CalculatorProblemCode: "INVALID_AMOUNT" | "INVALID_YEAR" | "DUPLICATE_KEY" | "UNKNOWN_PARTY" | "UNKNOWN_BODY" | "NO_PARTIES" | "MISSING_POPULATION" | "INVALID_POPULATION" | "MISSING_SHARE" | "INVALID_SHARE" | "SHARES_DO_NOT_SUM" | "NOTHING_TO_SPLIT_BY" | "TOO_LARGE" | "FUNDING_EXCEEDS_COST" | "FUNDING_SPLITS_DIFFER" | "INVALID_DATE" | "INVALID_DATE_TIME" | "INVALID_DURATION" | "INVALID_RRULE" | "INVALID_RANGE" | "INVALID_COUNT" | "INVALID_MONTH_DAY" | "INVALID_CHOICE" | "MISSING_VALUE";
        CalendarEntry: {
            /** @description Stable across exports: from the agreement, the kind, the source and the local start. */
            uid: string;
            kind: components["schemas"]["CalendarEntryKind"];
            /** @description False for a note standing for a period, when the agreement sets no day: meetings "4 gånger per år" whose dates the convener sets, an annual report without a day. Such an entry sits on the first day of its period that lies in the range. */
            dated: boolean;
            /** @description Local date in Stockholm, `YYYY-MM-DD`. */
            date: string;
            /** @description ISO 8601 with the Stockholm offset; 00:00 of `date` for all-day entries. */
            start: string;
            /** @description Only for meetings: start plus their length in elapsed minutes. */
            end?: string;
            allDay: boolean;
            /** @description Swedish. */
            title: string;
            /** @description Swedish: the clause and who it concerns. */
            description: string;
            partyKeys: string[];
            bodyKey?: string;
            clause?: string;
            /** @description Where a body meets, when its text names a place (Jämtland § 12: "Samrådsmöten hålls i Östersund"); left out where the text names none. The `.ics` LOCATION. */
            location?: string;
            /** @description For `meetingsToSchedule`: how many meetings the convener must set in the period. For a period the agreement is in force only part of (its first, when it starts within a year), the count is the product's reading of the text's, and `reading` says how it was counted. */
            meetingsToSchedule?: {
                min: number;
                max?: number;
                /** @description How many of the period's meetings the convener has dated (each a `meeting` entry of its own); left out for none. */
                scheduled?: number;
                periodStartsOn: string;
                periodEndsOn: string;
                reading?: components["schemas"]["PartPeriodReading"];
            };
        };
        /**
         * @description One thing in an agreement's calendar: a meeting, a deadline, a renewal date.
         * @enum {string}
         */
        CalendarEntryKind: "meeting" | "meetingsToSchedule" | "commitmentDue" | "commitmentRecurs" | "followUpPlanDue" | "annualReport" | "periodEnds" | "withdrawalNoticeDeadline";
        /** @description A party's feed as listed: never its secret, which is shown once, when it is made. */
        CalendarFeedView: {
            id: string;
            agreement: string;
            party: string;
            createdAt: string;
            /** @description Who made it (display name), or null when that user is gone. */
            createdBy: string | null;
            revokedAt: string | null;
        };
        /** @description Why a calendar answer lacks entries of its range, and which. */
        CalendarTruncation: {
            /**
             * @description More than CALENDAR_MAX_ENTRIES entries: those after `completeThrough` are left out.
             * @constant
             */
            reason: "entryLimit";
            limit: number;
            /** @description Every entry in scope through this day is in the answer; null when not even the first day is whole. */
            completeThrough: string | null;
            message: {
                sv: string;
                en: string;
            };
        } | {
            /**
             * @description A recurrence could not be expanded through the range within its budget.
             * @constant
             */
            reason: "expansionBudget";
            /** @description The rule, as a dot path of the calculator's input (`bodies.2.cadence.rrule`). */
            path: string;
            /** @description Its occurrences are known through this day; null when none was found in the range. */
            completeThrough: string | null;
            message: {
                sv: string;
                en: string;
            };
        };
        /** @description A calendar answer: its entries in time order and, when some are left out, why and which. */
        CalendarView: {
            from: string;
            to: string;
            entries: components["schemas"]["CalendarEntry"][];
            /** @description True when entries of the range are missing; `truncation` then says which and why. */
            truncated: boolean;
            truncation: components["schemas"]["CalendarTruncation"][];
        };
        /** @enum {string} */
        ChangeKind: "added" | "removed" | "changed";
        ChannelStanding: {
            pending: number;
            delivered: number;
            dead: number;
            discarded: number;
            /** @description The earliest send time among pending messages. */
            oldestPending: string | null;
            /** @description Pending messages whose send time passed more than STUCK_AFTER_MS ago. */
            stuck: number;
        };
        ClauseCoverage: {
            /** @description How values cite it: its number, or its title where the text does not number it. */
            citation: string;
            number: string | null;
            title: string;
            /** @description The source document, when the version has more than one. */
            source: string | null;
            status: components["schemas"]["CoverageStatus"];
            encodings: components["schemas"]["ClauseEncoding"][];
            /** @description Why (the rest of) the clause is kept as text only, as the data says; null when it does not. */
            textOnly: string | null;
        };
        ClauseCoverageView: {
            agreement: string;
            /** @description Every clause, in the text's order. */
            clauses: components["schemas"]["ClauseCoverage"][];
            counts: {
                encoded: number;
                textOnly: number;
                noText: number;
                unaccounted: number;
            };
            /** @description The citations of the clauses left unaccounted for: a complete encoding has none. */
            unaccounted: string[];
        };
        /** @description How one value of the version encodes a clause. */
        ClauseEncoding: {
            kind: components["schemas"]["EncodingKind"];
            /** @description The kind in Swedish ("Åtagande"). */
            kindLabel: string;
            /** @description Where the value sits: `bodies[samradsgrupp].cadence`. */
            path: string;
            /** @description What it says, in Swedish. */
            text: string;
        };
        ConfirmedParameterView: {
            /** @description The value comes from the template or the product: the county confirms it before publishing. */
            toConfirm: boolean;
            /** @description Who confirmed it, while it still holds; null otherwise. */
            confirmation: components["schemas"]["DefaultConfirmation"] | null;
            name: string;
            title: string;
            type: components["schemas"]["ParameterType"];
            value: components["schemas"]["SourcedParameterValue"];
            text: string;
            source: components["schemas"]["ValueSource"];
            sourceText: string;
            /** @description The timers whose due time it sets, directly or through a date it computes. */
            timers: string[];
        };
        /** @description The timers view with each default's confirmation and the defaults still unconfirmed. */
        ConfirmedTimersView: {
            routines: {
                parameters: components["schemas"]["ConfirmedParameterView"][];
                /** @description The binding's key in the agreement (`rvc`). */
                binding: string;
                /** @description The template as bound (`rvc-referral@1`). */
                template: string;
                /** @description The definition the view was computed from, null when there is none. */
                definition: string | null;
                title: string | null;
                problem: string | null;
                timers: components["schemas"]["TimerSourceView"][];
                /** @description Who plays each role whose tasks the timers time, and who says so: the binding, a clause naming a role's employer, or the county's own choice of employer (Norrbotten's coordinators). */
                roles: components["schemas"]["RoleSourceView"][];
            }[];
            /** @description Paths (`routines.rvc.parameters.contactWithin`) of the defaults no one has confirmed yet. */
            unconfirmed: string[];
            agreement: string;
            /** @description What has no source: `binding.timerKey`, `binding.parameters.name`, or a binding without a routine. */
            unsourced: string[];
        };
        /** @description One place a party hears its notices. */
        ContactView: {
            id: string;
            /**
             * @description `mailbox`: the organisation's functional mailbox; `user`: one of its users' work address.
             * @enum {string}
             */
            kind: "mailbox" | "user";
            address: string;
            /** @description What a mailbox is for ("Jourmailbox"); null for a user's address. */
            label: string | null;
            user: {
                id: string;
                username: string;
                displayName: string;
            } | null;
            /** @description How this address gets notices: a mailbox always `immediate`; a user's as they chose. */
            email: components["schemas"]["EmailPreference"];
        };
        /** @description An item split on its own, gross: what its payers would pay without any funding. */
        CostItemSplit: {
            /** @constant */
            status: "computed";
            outcome: components["schemas"]["CostSplitOutcome"];
            key: string;
            name: string;
            clause: string;
            /** @description The funding that reduces this item in the year: its payers' net shares are in `funded`. */
            reducedBy?: string[];
        } | {
            /** @constant */
            status: "amountNotSpecified";
            key: string;
            name: string;
            clause: string;
            /** @description The funding that reduces this item in the year: its payers' net shares are in `funded`. */
            reducedBy?: string[];
        } | {
            /** @constant */
            status: "cannotCompute";
            problems: components["schemas"]["CalculatorProblem"][];
            key: string;
            name: string;
            clause: string;
            /** @description The funding that reduces this item in the year: its payers' net shares are in `funded`. */
            reducedBy?: string[];
        };
        /** @description One party's share and every step of how it was computed. */
        CostShare: {
            partyKey: string;
            amountOre: number;
            basis: components["schemas"]["CostShareBasis"];
            /** @description The party's part of the total, exact and reduced: its weight over the sum of weights. */
            fraction: {
                numerator: number;
                denominator: number;
            };
            /** @description The whole öre of total × fraction. With `remainder` it states the exact share in integers: a floating-point value would be off by an öre at large amounts. */
            flooredOre: number;
            /** @description The öre fraction flooring dropped, exactly: numerator / denominator, in [0, 1). */
            remainder: {
                numerator: number;
                denominator: number;
            };
            /**
             * @description 1 when largest-remainder rounding gave this party one of the leftover öre.
             * @enum {number}
             */
            roundingOre: 0 | 1;
        };
        CostShareBasis: {
            /** @constant */
            kind: "population";
            count: number;
            year: number;
            source: string;
        } | {
            /** @constant */
            kind: "equal";
            partyCount: number;
        } | {
            /** @constant */
            kind: "fixedShare";
            share: number;
            denominator: number;
        };
        /** @description Money that pays part of the items before the parties split the rest (a state grant). */
        CostSplitFundingInput: {
            key: string;
            /** @description Swedish: "Socialstyrelsen, utvecklingsmedel till kommunerna". */
            label: string;
            /** @description Integer öre. */
            amountOre: number;
        };
        CostSplitItemInput: {
            key: string;
            /** @description Swedish, as in the budget table: "Samordnare 3,0 åa". */
            label: string;
            /** @description Integer öre; 1 kr = 100 öre. */
            amountOre: number;
        };
        CostSplitOutcome: {
            /** @constant */
            kind: "computed";
            year: number;
            /** @enum {string} */
            method: "byPopulation" | "equal" | "fixedShares";
            /** @description The sum of the items. */
            grossOre: number;
            /** @description What was deducted from it, in the order given. */
            funding: components["schemas"]["CostSplitFundingInput"][];
            /** @description What the parties split: the gross less the funding. */
            totalOre: number;
            items: components["schemas"]["CostSplitItemInput"][];
            /** @description In the order the parties were given. */
            shares: components["schemas"]["CostShare"][];
            /** @description Öre left after flooring every share, handed out one each by largest remainder. */
            leftoverOre: number;
        } | {
            /** @constant */
            kind: "setInAnotherAgreement";
            year: number;
            grossOre: number;
            funding: components["schemas"]["CostSplitFundingInput"][];
            totalOre: number;
            items: components["schemas"]["CostSplitItemInput"][];
            agreement: string;
            clause?: string;
            partyKeys: string[];
            note: {
                sv: string;
                en: string;
            };
        };
        CostSplitView: {
            year: number;
            specified: boolean;
            /** @description The project period the financing covers, and whether the year lies in it. */
            projectPeriod: {
                start: string;
                end: string;
                inPeriod: boolean;
            } | null;
            items: components["schemas"]["CostItemSplit"][];
            funded: components["schemas"]["FundedCostSplit"][];
            /** @description Per payer, in the order they first appear: gross (items split one by one) and net. */
            payers: components["schemas"]["PayerTotal"][];
            /** @description False when an item has no amount or could not be computed: `payers` then leaves it out. */
            payersComplete: boolean;
            fundingBeside: components["schemas"]["FundingBeside"][];
        };
        /** @enum {string} */
        CoverageStatus: "encoded" | "textOnly" | "noText" | "unaccounted";
        /** @description A feed just made: its address, with the secret, shown this once. */
        CreatedCalendarFeed: {
            id: string;
            agreement: string;
            party: string;
            createdAt: string;
            /** @description Who made it (display name), or null when that user is gone. */
            createdBy: string | null;
            revokedAt: string | null;
            /** @description The address to subscribe to, from the API's root: `/api/feeds/{secret}.ics`. */
            path: string;
        };
        /** @enum {string} */
        DateNoticeKind: "lastDayToGiveNotice" | "renewalComing" | "followUpDue" | "meetingInvitation" | "minutesDue" | "meetingToSchedule";
        /** @description A case's pending timer, as the case view shows it. */
        DeadlineView: {
            id: string;
            kind: string;
            key: string;
            state: string;
            dueAt: string;
        };
        /** @description A strategist's confirmation of one routine parameter's default: the value and its source as they were confirmed, who and when. It holds only while the parameter keeps that value and source; a changed value is the county's own choice and needs no confirmation. */
        DefaultConfirmation: {
            routine: string;
            parameter: string;
            value: string | number | boolean | null;
            sourceKind: components["schemas"]["SourceToConfirm"];
            confirmedBy: string;
            confirmedByName: string;
            confirmedAt: string;
        };
        /** @enum {string} */
        DeliveryChannel: "email" | "webhook";
        /**
         * @description `pending` until sent; `dead` after the last attempt (a dead letter); `discarded` by an admin or when its webhook is gone.
         * @enum {string}
         */
        DeliveryStatus: "pending" | "delivered" | "dead" | "discarded";
        /** @description How delivery stands: whether e-mail can go out at all, and each channel's messages. */
        DeliverySummary: {
            smtp: {
                configured: boolean;
                note: string | null;
            };
            channels: {
                email: components["schemas"]["ChannelStanding"];
                webhook: components["schemas"]["ChannelStanding"];
            };
        };
        /** @description A message as the admin sees it: where it goes and how it stands; its content only as subject/kind. */
        DeliveryView: {
            id: string;
            /** @description The notification it is a message of; null for a daily digest. */
            notificationId: string | null;
            /** @description The daily digest it is the e-mail of; null for a notification's message. */
            digestId: string | null;
            channel: components["schemas"]["DeliveryChannel"];
            recipient: string;
            partyKey: string;
            kind: string;
            urgent: boolean;
            messageId: string;
            status: components["schemas"]["DeliveryStatus"];
            attempts: number;
            lastError: string | null;
            notBefore: string;
            createdAt: string;
            deliveredAt: string | null;
        };
        /** @enum {string} */
        DiffSection: "general" | "county" | "sources" | "parties" | "targetGroups" | "subRegions" | "roles" | "bodies" | "commitments" | "serviceLevel" | "costSplit" | "term" | "withdrawal" | "revision" | "escalation" | "followUp" | "confidentiality" | "routines" | "signing" | "notes" | "clauses";
        DiffView: {
            from: string;
            to: string;
            changes: components["schemas"]["AgreementChange"][];
            sections: components["schemas"]["SectionChanges"][];
        };
        DueObligation: {
            key: string;
            title: string;
            clause: string;
            dueOn: string;
            /** @description 00:00 of the due day, ISO with offset. */
            dueStart: string;
            /** @description The due day has passed: due on a day means by the end of that day. */
            overdue: boolean;
            /** @description Days from today to the due day; negative when overdue. */
            daysLeft: number;
            reportsToBodyKey?: string;
        };
        /** @enum {string} */
        EmailPreference: "immediate" | "digest" | "off";
        /** @enum {string} */
        EncodingKind: "party" | "targetGroup" | "organisation" | "meeting" | "commitment" | "date" | "cost" | "rule" | "routine" | "signing" | "note";
        ErrorBody: {
            code: string;
            message: string;
            details?: unknown;
        };
        EventView: {
            seq: number;
            type: string;
            payload: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            source: "user" | "timer" | "system";
            actorParty: string | null;
            /** @description When it was recorded. */
            at: string;
            /** @description When it happened (the sender's occurredAt, a timer's due time, or else when it was recorded). */
            occurredAt: string;
        };
        /** @description Items that funding reduces in the year, pooled (a budget column): their gross, each funding, the net, and the net split between their payers. */
        FundedCostSplit: {
            /** @constant */
            status: "computed";
            grossOre: number;
            netOre: number;
            outcome: components["schemas"]["CostSplitOutcome"];
            items: string[];
            /** @description The total the text states for exactly these items ("Totalt, kommun"), or their names. */
            label: string;
            funding: components["schemas"]["AppliedFunding"][];
        } | {
            /** @constant */
            status: "cannotCompute";
            problems: components["schemas"]["CalculatorProblem"][];
            items: string[];
            /** @description The total the text states for exactly these items ("Totalt, kommun"), or their names. */
            label: string;
            funding: components["schemas"]["AppliedFunding"][];
        };
        /** @description Money beside the split: funding that deducts from nothing, or deducts in other years. */
        FundingBeside: {
            key: string;
            funder: string;
            description: string | null;
            amountOre: number | null;
            approximate: boolean;
            year: number | null;
            reading: string | null;
            clause: string;
        };
        FundingDeduction: components["schemas"]["fundingDeductionSchema"];
        HealthReport: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            role: components["schemas"]["ProcessRole"];
            database: {
                /** @enum {string} */
                status: "up" | "down";
                /** @enum {string} */
                mode: "embedded" | "external";
                address: string;
                error?: string;
            };
            queue: {
                /** @enum {string} */
                status: "up" | "down";
                /** @enum {string} */
                backend: "redis" | "postgres";
                address: string;
                error?: string;
            };
            workers: {
                alive: number;
                lastSeenAt: string | null;
            };
        };
        /** @description A notice in a user's inbox. */
        InboxItem: {
            id: string;
            kind: components["schemas"]["NoticeKind"];
            /** @description The notice's subject as its e-mail has it (the kind's name if the notice could not be shown). */
            title: string;
            /** @description The notice's plain text as its e-mail has it; null if the notice could not be shown (PII guard). */
            text: string | null;
            instanceId: string;
            caseRef: string;
            link: string;
            tasks: {
                key: string;
                title: string;
                dueAt: string | null;
            }[];
            urgent: boolean;
            createdAt: string;
            readAt: string | null;
        };
        /** @description A page of the inbox, newest first. */
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
            /** @description The user's in-app choice: false, the inbox shows nothing (they chose e-mail or nothing). */
            inApp: boolean;
        };
        /** @description What marking the whole inbox read did: how many notices it marked, and what is left unread (0). */
        InboxReadAll: {
            marked: number;
            unread: number;
        };
        /** @description One running (or finished) case of a routine, as the API shows it. */
        InstanceView: {
            id: string;
            caseRef: string;
            agreement: string;
            agreementVersion: number;
            routine: string;
            /** @enum {string} */
            status: "active" | "done";
            state: unknown;
            activeStates: string[];
            tasks: components["schemas"]["TaskView"][];
            deadlines: components["schemas"]["DeadlineView"][];
            history: components["schemas"]["EventView"][];
            rowVersion: number;
        };
        /** @description What an admin did to a job. */
        JobAction: {
            queue: string;
            job: string;
            /** @enum {string} */
            done: "retried" | "discarded";
        };
        /** @enum {string} */
        JobState: "waiting" | "delayed" | "active" | "failed";
        JobView: {
            id: string;
            name: string;
            state: components["schemas"]["JobState"];
            data: {
                [key: string]: unknown;
            };
            attemptsMade: number;
            failedReason: string | null;
            createdAt: string;
            /** @description When a delayed job is due. */
            dueAt: string | null;
        };
        /** @description The public keys of locally issued tokens (RFC 7517); empty with an external issuer. */
        JsonWebKeySet: {
            keys: {
                kty: string;
                kid?: string;
                alg?: string;
                use?: string;
                crv?: string;
                x?: string;
                y?: string;
            }[];
        };
        /** @description A message for people, in the product's language and in English. */
        LocalizedMessage: {
            sv: string;
            en: string;
        };
        MeetingObligation: {
            bodyKey: string;
            bodyName: string;
            clause?: string;
            /** @description The next meeting on or after today, for a body meeting by a recurrence rule. */
            next: {
                date: string;
                start: string;
                end: string;
            } | null;
            /** @description For a body meeting a number of times per period, dated by its convener. */
            toSchedule?: {
                min: number;
                max?: number;
                /** @enum {string} */
                per: "year" | "term";
            };
            /** @description Why `next` is null although the body meets by a rule: it could not be computed in time. */
            note?: string;
        };
        /** @description One period of a body that meets a count per period: how many, and the dates set so far. */
        MeetingPeriodView: {
            startsOn: string;
            endsOn: string;
            min: number;
            max?: number;
            /** @description ISO 8601 with the Stockholm offset. */
            scheduled: string[];
            /** @description Meetings still to date to reach `min`. */
            toSchedule: number;
        };
        /** @description A body whose meetings its convener dates, with this period's and the next one's meetings. */
        MeetingsToScheduleView: {
            body: string;
            name: string;
            /** @description The convener's party; null where the agreement names no convener. */
            convener: string | null;
            periods: components["schemas"]["MeetingPeriodView"][];
        };
        MigrationReport: {
            routine: string;
            from: number;
            to: number;
            instances: {
                id: string;
                caseRef: string;
                before: string[];
                after: string[];
            }[];
            dryRun: boolean;
        };
        /** @description A Swedish municipality (kommun) as the register holds it. */
        Municipality: {
            code: string;
            name: string;
            countyCode: string;
            countyName: string;
            /** @description Absent where the register has no figure: missing is missing, never zero. */
            population?: components["schemas"]["Population"];
        };
        /**
         * @description `case`: about a task in a case (reaches case workers only); `agreement`: about the agreement itself (its signature, term, meetings and follow-up); `user`: one user's own message (the daily digest of case notices, so for case workers only too).
         * @enum {string}
         */
        NoticeAudience: "case" | "agreement" | "user";
        /** @enum {string} */
        NoticeKind: "taskAssigned" | "dueSoon" | "overdue" | "escalation" | "meetingInvitation" | "meetingToSchedule" | "minutesDue" | "signaturePending" | "withdrawalReceived" | "lastDayToGiveNotice" | "renewalComing" | "followUpDue" | "digest";
        /** @description A kind of notice: what it is, its variables and the product's template. */
        NoticeKindView: {
            kind: components["schemas"]["NoticeKind"];
            title: string;
            audience: components["schemas"]["NoticeAudience"];
            /** @description Every variable a template of this kind may use, as dotted paths (`case.ref`, `tasks.title`). */
            variables: string[];
            template: {
                subject: string;
                text: string;
                html: string;
            };
        };
        /** @description A user's channels. `productDefault`: the user has not chosen, so the product default applies. */
        NoticePreferencesView: {
            email: components["schemas"]["EmailPreference"];
            inApp: boolean;
            productDefault: boolean;
            /** @description The address the user's notices go to, if their party has entered one for them. */
            address: string | null;
        };
        /** @description A template rendered with sample variables. */
        NoticePreview: {
            kind: components["schemas"]["NoticeKind"];
            subject: string;
            text: string;
            html: string;
        };
        /** @description A reminder or escalation, as the lists show it. */
        NotificationView: {
            id: string;
            instanceId: string;
            caseRef: string;
            /** @enum {string} */
            kind: "reminder" | "escalation";
            taskKeys: string[];
            recipientRole: string;
            recipientParties: string[];
            status: string;
            createdAt: string;
        };
        /** @description A case waiting on a task past its due time. */
        OverdueTaskView: {
            instanceId: string;
            caseRef: string;
            taskKey: string;
            title: string;
            owedBy: string;
            parties: string[];
            dueAt: string;
        };
        ParameterSourceView: {
            name: string;
            title: string;
            type: components["schemas"]["ParameterType"];
            value: components["schemas"]["SourcedParameterValue"];
            text: string;
            source: components["schemas"]["ValueSource"];
            sourceText: string;
            /** @description The timers whose due time it sets, directly or through a date it computes. */
            timers: string[];
        };
        /** @enum {string} */
        ParameterType: "duration" | "workingDays" | "count" | "boolean" | "text";
        /** @description How the product reads "N gånger per år" (or per term) for a period the agreement is in force only part of (Jämtland's starts on 1 March 2023): the count in proportion to the days in force, rounded up, so that a meeting the text promises never disappears (4 × 306/365 = 3.4 → 4). The product's reading, not the text's: the view says so. */
        PartPeriodReading: {
            /** @constant */
            kind: "proRataRoundedUp";
            /** @description The first and last days of the period the agreement is in force. */
            inForceFrom: string;
            inForceThrough: string;
            daysInForce: number;
            daysInPeriod: number;
            /** @description The count for a whole period, as the text gives it. */
            fullMin: number;
            fullMax?: number;
            /** @description Swedish, for the county. */
            text: string;
        };
        /** @description A party's contacts. */
        PartyContactsView: {
            party: string;
            contacts: components["schemas"]["ContactView"][];
        };
        PartyObligations: {
            partyKey: string;
            today: string;
            standing: components["schemas"]["StandingObligation"][];
            recurring: components["schemas"]["RecurringObligation"][];
            /** @description Sorted by due day; the overdue ones first. */
            dueBy: components["schemas"]["DueObligation"][];
            /** @description The bodies the party is a member of. */
            meetings: components["schemas"]["MeetingObligation"][];
            /** @description The soonest dated thing the party owes on or after today: a deadline, an occurrence, a meeting. */
            next: {
                key: string;
                title: string;
                date: string;
                start: string;
            } | null;
            /** @description True when a next date could not be found within the budget of its recurrence (READS_PER_EXPANSION, READS_PER_VIEW): `unknown` names those rules (dot paths of the calculator's input), whose `next` is null with a note saying so; `next` above is then the soonest of the others. */
            truncated: boolean;
            unknown: string[];
        };
        PartyView: {
            id: string;
            key: string;
            name: string;
            kind: string;
            municipalityCode: string | null;
            /** @description The counties whose agreements may name it as a party. */
            counties: string[];
        };
        /** @description What a party pays in the year over every item that could be computed: without funding and with. */
        PayerTotal: {
            partyKey: string;
            grossOre: number;
            netOre: number;
        };
        Population: components["schemas"]["populationSchema"];
        /** @description One thing wrong with an input: where (a dot path such as `parties.3.municipalityCode`), what (a stable code for machines) and a message for the strategist. */
        Problem: {
            path: string;
            code: string;
            message: components["schemas"]["LocalizedMessage"];
        };
        /**
         * @description What one process does: serve HTTP and enqueue, run the job processors, or both.
         * @enum {string}
         */
        ProcessRole: "api" | "worker" | "all";
        /** @description A template published from a county's agreement, and what of the agreement it leaves out. */
        PublishedTemplate: {
            template: components["schemas"]["TemplateSummary"];
            /** @description The agreement version it was made from. */
            agreement: string;
            version: number;
            /** @description In Swedish: what the county's record holds that the template does not. */
            left: string[];
        };
        /** @description A queue's jobs by state, and how many of its items are stuck (due long ago, not done). */
        QueueOverview: {
            queue: string;
            waiting: number;
            delayed: number;
            active: number;
            failed: number;
            stuck: number;
        };
        /** @description A notice just recorded, and the parties the `withdrawalReceived` notice was queued to. */
        RecordedWithdrawalView: {
            party: string;
            partyName: string;
            /** @description The published version whose withdrawal rule gave the effective day. */
            version: number;
            givenOn: string;
            /** @description The last day the party is bound (inclusive): the withdrawal rule's `effectiveOn`. */
            effectiveOn: string;
            /** @description The first day the party is no longer bound. */
            freeFrom: string;
            signatoryFunction: string;
            recordedAt: string;
            agreement: string;
            /** @description The clause of the withdrawal rule, and whether it asks for notice in writing. */
            clause: string;
            inWriting: boolean;
            /** @description The parties told (`withdrawalReceived`): the other parties and the withdrawing one's own contacts as a receipt. Empty when the version runs no lifecycle, on which notices hang. */
            notified: string[];
        };
        RecurringObligation: {
            key: string;
            title: string;
            clause: string;
            /** @description The next occurrence on or after today; null when there is none (or no day is set). */
            next: {
                date: string;
                start: string;
            } | null;
            /** @description Why there is no date: "dag anges inte i överenskommelsen". */
            note?: string;
            reportsToBodyKey?: string;
        };
        /** @description How long before a date its reminder goes out, and who chose it. */
        ReminderLead: {
            kind: components["schemas"]["DateNoticeKind"];
            /** @description Days before the date (0: on the day). */
            daysBefore: number;
            /** @description Local time in Stockholm the reminder is written on its day (`HH:MM`). */
            at: string;
            /** @description A county's choice in its agreement (`reminderLeads`), or the product's default, marked as such. */
            source: {
                /** @constant */
                kind: "county";
            } | {
                /** @constant */
                kind: "product";
                note: string;
            };
        };
        /** @enum {string} */
        Role: "admin" | "strategist" | "coordinator" | "member";
        /** @description One key a role binding names, the parties behind it and who says they provide it. */
        RolePlayerView: {
            /** @description A party, or an agreement role (`operativ-samordnare`). */
            ref: string;
            parties: string[];
            /** @description For an agreement role, where its providing party comes from: a clause (`agreement`), the county's own choice (`countyChoice`), or nothing (`notSet`: no party provides it). Null for a party the binding names itself. */
            providedBy: components["schemas"]["ValueSource"] | null;
        };
        RoleSourceView: {
            role: string;
            title: string;
            players: components["schemas"]["RolePlayerView"][];
            /** @description False when no party plays it: no one can do its tasks or send its events, so cases stall. */
            played: boolean;
            /** @description In Swedish, for the county that confirms it. */
            text: string;
        };
        /** @description One published routine version in the list of routines. */
        RoutineSummary: {
            key: string;
            version: number;
            status: string;
            title: string;
            publishedAt: string;
        };
        RoutineTimersView: {
            /** @description The binding's key in the agreement (`rvc`). */
            binding: string;
            /** @description The template as bound (`rvc-referral@1`). */
            template: string;
            /** @description The definition the view was computed from, null when there is none. */
            definition: string | null;
            title: string | null;
            problem: string | null;
            timers: components["schemas"]["TimerSourceView"][];
            parameters: components["schemas"]["ParameterSourceView"][];
            /** @description Who plays each role whose tasks the timers time, and who says so: the binding, a clause naming a role's employer, or the county's own choice of employer (Norrbotten's coordinators). */
            roles: components["schemas"]["RoleSourceView"][];
        };
        SectionChanges: {
            section: components["schemas"]["DiffSection"];
            title: string;
            changes: components["schemas"]["AgreementChange"][];
        };
        /** @description A template's value taken from a clause of a source text (a seed). */
        SeedSource: {
            /** @constant */
            kind: "seed";
            seed: string;
            clause: string;
            quote?: string;
        };
        /** @description A published version's signature round: each party that signs, and whether it has. */
        SignatureRoundView: {
            agreement: string;
            version: number;
            /** @description The version's lifecycle (the routine `agreement-lifecycle`), null when the version binds none. */
            lifecycle: {
                id: string;
                caseRef: string;
                state: unknown;
                status: string;
            } | null;
            signatures: components["schemas"]["SignatureView"][];
            /** @description Parties that have not signed yet: the ones the signature reminders go to. */
            pending: string[];
            complete: boolean;
        };
        /** @description One party's place in a version's signature round. */
        SignatureView: {
            party: string;
            partyName: string;
            /** @description Null while the party has not signed. */
            signedOn: string | null;
            signatoryFunction: string | null;
            recordedAt: string | null;
        };
        /** @enum {string} */
        SourceToConfirm: "template" | "productDefault";
        /** @description A parameter's value as a binding or the template gives it. */
        SourcedParameterValue: string | number | boolean | null;
        StandingObligation: {
            key: string;
            title: string;
            clause: string;
            reportsToBodyKey?: string;
        };
        /** @description What one step did, as the answer to the start or event that caused it: the new state, the tasks it opened and closed, the timers it armed and cancelled. The whole case (its history, every task) is a separate read, GET /api/instances/{id}. */
        StepView: {
            id: string;
            caseRef: string;
            /** @description The routine version the case runs on, `key@version`. */
            routine: string;
            /** @enum {string} */
            status: "active" | "done";
            state: unknown;
            activeStates: string[];
            rowVersion: number;
            /** @description The history entry this step made; none when a timer's event found nothing to do. */
            event: {
                seq: number;
                type: string;
                at: string;
                occurredAt: string;
            } | null;
            opened: components["schemas"]["TaskView"][];
            closed: {
                key: string;
                /** @enum {string} */
                status: "completed" | "cancelled";
            }[];
            armed: components["schemas"]["DeadlineView"][];
            /** @description Ids of the timers it cancelled. */
            cancelled: string[];
        };
        /** @description A task as the case view and the lists show it. */
        TaskView: {
            id: string;
            instanceId: string;
            caseRef: string;
            key: string;
            title: string;
            owedBy: string;
            parties: string[];
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            openedAt: string;
            dueAt: string | null;
            overdue: boolean;
        };
        /** @description A change between two versions of a template, as it reaches one county's agreement. */
        TemplateChange: {
            section: components["schemas"]["DiffSection"];
            /** @description `bodies[styrgrupp].cadence`: fields by name, items of keyed lists by key in brackets. */
            path: string;
            kind: components["schemas"]["ChangeKind"];
            before?: unknown;
            after?: unknown;
            /** @description E.g. "Styrgrupp Operation Norrsken: mötesfrekvens ändrad från 4 gånger per år till 6 gånger per år". */
            text: string;
            /** @description The county has its own value at this place (or removed what is there): the change does not reach its agreement, taken or left, so it cannot be chosen. */
            ownValue: boolean;
        };
        TemplateSummary: {
            ref: string;
            key: string;
            version: number;
            /** @enum {string} */
            kind: "agreement" | "routine";
            name: string;
            contentHash: string;
            publishedAt: string;
        };
        /** @description What a newer version of its template would change in a county's agreement. */
        TemplateUpdateView: {
            agreement: string;
            /** @description The version a new draft would start from: the published one, else the latest. */
            basedOn: number;
            /** @description The template that version extends (`key@version`); null when it extends none. */
            from: string | null;
            /** @description The newest version of that template, when it is newer; else null and no changes. */
            to: string | null;
            /** @description Each change from `from` to `to`, in words; `ownValue` where the county's own value stands. */
            changes: components["schemas"]["TemplateChange"][];
        };
        /** @description The term view: the term as of a date, or that the agreement states none. */
        TermAnswer: components["schemas"]["TermStatus"] | {
            /** @constant */
            status: "notSpecified";
        };
        /** @description One period of the term: the first one, or an automatic renewal. */
        TermPeriod: {
            /** @description 0 for the first period, n for the n-th renewal. */
            index: number;
            startsOn: string;
            /** @description Inclusive; null for an agreement without an end. */
            endsOn: string | null;
        };
        TermStatus: {
            /** @constant */
            inForce: true;
            date: string;
            period: components["schemas"]["TermPeriod"];
            /** @description The last day in force as things stand: the end of this period (null: no end). */
            inForceUntil: string | null;
            /** @description Whether it goes on after inForceUntil by itself, unless the parties agree otherwise. */
            renewsAutomatically: boolean;
            explanation: {
                sv: string;
                en: string;
            };
        } | {
            /** @constant */
            inForce: false;
            date: string;
            /** @constant */
            reason: "notStarted";
            startsOn: string;
            explanation: {
                sv: string;
                en: string;
            };
        } | {
            /** @constant */
            inForce: false;
            date: string;
            /** @constant */
            reason: "ended";
            endedOn: string;
            explanation: {
                sv: string;
                en: string;
            };
        };
        /** @enum {string} */
        TimerKind: "deadline" | "reminder" | "escalation";
        /** @description A deadline, reminder or escalation a routine can arm, and what times it. */
        TimerSourceView: {
            /** @description As the definition keys it: `awaitingContact#deadline`, `awaitingContact#reminder.0`. */
            key: string;
            kind: components["schemas"]["TimerKind"];
            state: string;
            stateTitle: string;
            /** @description When it falls due, in Swedish. */
            when: string;
            /** @description The deadline a reminder or escalation counts from; null for a deadline, or each assigned action's own due time. */
            relativeTo: string | null;
            /** @description False when a value it needs is not set (an optional parameter): the timer is then never armed. */
            armed: boolean;
            values: components["schemas"]["TimerValue"][];
            /** @description Every value has a source (issue 11: no routine arms a time without one). */
            sourced: boolean;
        };
        /** @description One value a timer's due time depends on, with where it comes from. */
        TimerValue: {
            /** @description The parameter or record field; null for a duration written into the template. */
            name: string | null;
            /** @enum {string} */
            kind: "parameter" | "record" | "written";
            /** @description As set: an ISO 8601 duration, working days, a date, a boolean or a text; null when none is. */
            value: components["schemas"]["SourcedParameterValue"];
            /** @description The value in Swedish words. */
            text: string;
            sources: components["schemas"]["ValueSource"][];
            /** @description Each source in Swedish. */
            sourceTexts: string[];
        };
        /** @description A reminder armed about one of the agreement's own dates. */
        UpcomingReminderView: {
            kind: string;
            /** @description The date it is about: the last day to give notice, the renewal day, the report's due day. */
            about: string;
            remindAt: string;
            parties: string[];
        };
        ValidationReport: {
            valid: boolean;
            problems: components["schemas"]["Problem"][];
        };
        /** @description Where a value that times a deadline, a reminder or an escalation comes from (issue 11: "No invented dates"). A county reads these to confirm every time its routines keep. */
        ValueSource: {
            /** @constant */
            kind: "agreement";
            clause: string;
            clauseTitle: string | null;
        } | {
            /** @constant */
            kind: "countyChoice";
            note: string;
            clause: string | null;
        } | {
            /** @constant */
            kind: "template";
            template: string;
            basis: components["schemas"]["SeedSource"];
        } | {
            /** @constant */
            kind: "productDefault";
            template: string;
            note: string;
            practice: boolean;
            fixed: boolean;
        } | {
            /** @constant */
            kind: "case";
            setBy: string[];
            note: string;
        } | {
            /** @constant */
            kind: "notSet";
            note: string;
        } | {
            /** @constant */
            kind: "unsourced";
            reason: string;
        };
        /** @enum {string} */
        VersionStatus: "draft" | "published" | "superseded";
        VersionSummary: {
            version: number;
            status: components["schemas"]["VersionStatus"];
            rowVersion: number;
            contentHash: string | null;
            createdAt: string;
            updatedAt: string;
            publishedAt: string | null;
            publishedBy: string | null;
        };
        VersionView: {
            version: number;
            status: components["schemas"]["VersionStatus"];
            rowVersion: number;
            contentHash: string | null;
            createdAt: string;
            updatedAt: string;
            publishedAt: string | null;
            publishedBy: string | null;
            agreementId: string;
            agreementKey: string;
            countyCode: string;
            content: unknown;
        };
        /** @description The answer to creating a webhook or rotating its secret: the new secret, shown this once. */
        WebhookSecretView: {
            partyKey: string;
            url: string;
            /** @description During a rotation: until when the previous secret's signature is sent too. */
            previousSecretValidUntil: string | null;
            updatedAt: string;
            secret: string;
        };
        /** @description A party's webhook as the API shows it: never its secret, except once when it is made. */
        WebhookView: {
            partyKey: string;
            url: string;
            /** @description During a rotation: until when the previous secret's signature is sent too. */
            previousSecretValidUntil: string | null;
            updatedAt: string;
        };
        WithdrawalDate: {
            noticeGivenOn: string;
            /** @description noticeGivenOn + noticePeriod: the last day of the notice period. */
            noticePeriodEndsOn: string;
            /** @description The last day the party is bound (31 December for a year end); inclusive. */
            effectiveOn: string;
            /** @description The first day the party is no longer a party: the day after effectiveOn. */
            freeFrom: string;
            /** @description The last day on which notice could have been given to leave on the same effectiveOn. */
            latestNoticeDateForSameEffect: string;
            inWriting: boolean;
            explanation: {
                sv: string;
                en: string;
            };
        };
        /** @description A party's notice of withdrawal from an agreement, as recorded. */
        WithdrawalNoticeView: {
            party: string;
            partyName: string;
            /** @description The published version whose withdrawal rule gave the effective day. */
            version: number;
            givenOn: string;
            /** @description The last day the party is bound (inclusive): the withdrawal rule's `effectiveOn`. */
            effectiveOn: string;
            /** @description The first day the party is no longer bound. */
            freeFrom: string;
            signatoryFunction: string;
            recordedAt: string;
        };
        /** @description The notices of withdrawal given from an agreement, in the order they were given. */
        WithdrawalNoticesView: {
            agreement: string;
            notices: components["schemas"]["WithdrawalNoticeView"][];
        };
        WithdrawalView: {
            /** @constant */
            status: "notSpecified";
        } | {
            /** @constant */
            status: "unknownParty";
            partyKey: string;
        } | {
            /** @constant */
            status: "computed";
            partyKey: string;
            noticeGivenOn: string;
            clause: string;
            inWriting: boolean;
            date: components["schemas"]["WithdrawalDate"];
        } | {
            /** @constant */
            status: "invalid";
            problems: components["schemas"]["CalculatorProblem"][];
        };
        /** @enum {string} */
        fundingDeductionSchema: "amount" | "whole";
        populationSchema: {
            count: number;
            /** Format: date */
            date?: string;
            year?: number;
            source: string;
        };
        AgreementVersion: {
            key: string;
            title: string;
            shortName?: string;
            /** @enum {string} */
            kind: "agreement" | "proposal" | "plan" | "memo";
            /** Format: date */
            date?: string;
            extends?: string;
            county: {
                code: string;
                name: string;
            };
            sources: {
                key: string;
                /** @enum {string} */
                kind: "agreement" | "decision" | "minutes" | "plan" | "investigation" | "memo";
                title: string;
                /** Format: date */
                date?: string;
                reference?: string;
                issuedBy?: string;
            }[];
            parties: {
                key: string;
                name: string;
                /** @enum {string} */
                kind: "municipality" | "region" | "police" | "prosecution" | "probation" | "countyAdministrativeBoard" | "associationOfMunicipalities" | "voluntaryOrganisation";
                municipalityCode?: string;
                population?: {
                    count: number;
                    /** Format: date */
                    date?: string;
                    year?: number;
                    source: string;
                };
                participatesAs?: {
                    /** @enum {string} */
                    role: "host" | "projectCoordinator";
                    description: string;
                    clause: string;
                };
                clause: string;
            }[];
            targetGroups?: {
                key: string;
                name: string;
                /** @enum {string} */
                subject: "victim" | "perpetrator";
                categories?: {
                    values: ("mensViolenceAgainstWomen" | "honourBasedViolence" | "sameSexRelationships" | "womensViolenceAgainstMen" | "prostitutionAndTrafficking" | "closeRelationships" | "partnerViolence")[];
                    clause: string;
                };
                forms?: {
                    values: ("psychological" | "physical" | "sexual" | "material" | "economic" | "latent" | "neglect" | "witnessed")[];
                    clause: string;
                };
                age?: {
                    /** @enum {string} */
                    bound: "atLeast" | "under";
                    years: number;
                    wording: string;
                    clause: string;
                    countyChoice?: {
                        fields: ("bound" | "years")[];
                        note: string;
                    };
                };
                residence?: {
                    /** @enum {string} */
                    basis: "actual" | "registered";
                    wording: string;
                    clause: string;
                    countyChoice?: {
                        fields: "basis"[];
                        note: string;
                    };
                };
                gender?: {
                    /** @enum {string} */
                    is: "woman" | "man";
                    wording: string;
                    clause: string;
                };
                clause: string;
            }[];
            subRegions?: {
                key: string;
                name: string;
                clause: string;
            }[];
            roles?: {
                key: string;
                name: string;
                /** @enum {string} */
                kind: "coordinator" | "representative" | "function";
                /** @enum {string} */
                level?: "county" | "subRegion" | "local";
                subRegion?: string;
                providedBy?: {
                    party: string;
                    clause: string;
                } | {
                    party: string;
                    source: {
                        countyChoice: {
                            note: string;
                        };
                    };
                };
                extentPercent?: number;
                substitutes?: number;
                clause: string;
            }[];
            bodies?: {
                key: string;
                /** @enum {string} */
                kind: "leadership" | "steering" | "working" | "consultation";
                name: string;
                clause: string;
                mandate?: string;
                subRegion?: string;
                members?: ({
                    party: string;
                    function?: string;
                    clause?: string;
                } | {
                    role: string;
                    clause?: string;
                } | {
                    seat: string;
                    clause?: string;
                })[];
                convener?: {
                    ref: string;
                    clause: string;
                };
                place?: {
                    name: string;
                    clause: string;
                };
                cadence?: {
                    /** @constant */
                    kind: "recurrence";
                    rrule: string;
                    timeOfDay?: string;
                    /** Format: date */
                    start?: string;
                    clause: string;
                    countyChoice?: {
                        fields: ("FREQ" | "INTERVAL" | "COUNT" | "UNTIL" | "BYDAY" | "BYMONTHDAY" | "BYMONTH" | "BYSETPOS" | "BYWEEKNO" | "BYYEARDAY" | "WKST" | "timeOfDay" | "start")[];
                        note: string;
                    };
                } | {
                    /** @constant */
                    kind: "countPerPeriod";
                    min?: number;
                    max?: number;
                    /** @enum {string} */
                    per: "year" | "term";
                    clause: string;
                    countyChoice?: {
                        fields: ("min" | "max" | "per")[];
                        note: string;
                    };
                };
                onDemand?: {
                    description: string;
                    clause: string;
                };
                consultationKinds?: {
                    kinds: ("planning" | "consultative" | "acute" | "followUp")[];
                    clause: string;
                };
                reportsTo?: {
                    body: string;
                    cadence?: {
                        /** @constant */
                        kind: "countPerPeriod";
                        min?: number;
                        max?: number;
                        /** @enum {string} */
                        per: "year" | "term";
                        clause: string;
                        countyChoice?: {
                            fields: ("min" | "max" | "per")[];
                            note: string;
                        };
                    };
                    clause: string;
                };
            }[];
            commitments?: {
                key: string;
                by: string[];
                text: string;
                /** @enum {string} */
                kind: "standing" | "recurring" | "dueByDate";
                recurrence?: {
                    /** @constant */
                    kind: "recurrence";
                    rrule: string;
                    timeOfDay?: string;
                    /** Format: date */
                    start?: string;
                    clause: string;
                    countyChoice?: {
                        fields: ("FREQ" | "INTERVAL" | "COUNT" | "UNTIL" | "BYDAY" | "BYMONTHDAY" | "BYMONTH" | "BYSETPOS" | "BYWEEKNO" | "BYYEARDAY" | "WKST" | "timeOfDay" | "start")[];
                        note: string;
                    };
                } | {
                    /** @constant */
                    kind: "countPerPeriod";
                    min?: number;
                    max?: number;
                    /** @enum {string} */
                    per: "year" | "term";
                    clause: string;
                    countyChoice?: {
                        fields: ("min" | "max" | "per")[];
                        note: string;
                    };
                } | {
                    /** @constant */
                    kind: "meetingsOf";
                    body: string;
                    clause: string;
                };
                /** Format: date */
                due?: string;
                reportsTo?: string[];
                /** @enum {string} */
                level?: "county" | "subRegion" | "local";
                clause: string;
                countyChoice?: {
                    fields: ("due" | "recurrence" | "by")[];
                    note: string;
                };
            }[];
            serviceLevel?: {
                text: string;
                clause: string;
            }[];
            costSplit?: {
                items?: {
                    key: string;
                    name: string;
                    amount?: number;
                    method: {
                        /** @constant */
                        method: "byPopulation";
                        payers: string[];
                        population: {
                            /** Format: date */
                            date?: string;
                            year?: number;
                            source: string;
                            clause?: string;
                            countyChoice?: {
                                fields: ("date" | "year" | "source")[];
                                note: string;
                            };
                        };
                        statedPerInhabitant?: {
                            amount: number;
                            approximate: boolean;
                            clause: string;
                        };
                        clause: string;
                    } | {
                        /** @constant */
                        method: "equal";
                        payers: string[];
                        clause: string;
                    } | {
                        /** @constant */
                        method: "fixedShares";
                        shares: {
                            party: string;
                            percent: number;
                        }[];
                        clause: string;
                    } | {
                        /** @constant */
                        method: "asSetInAgreement";
                        agreement: string;
                        payers: string[];
                        clause: string;
                    };
                    clause: string;
                }[];
                totals?: {
                    key: string;
                    label: string;
                    amount: number;
                    items: string[];
                    clause: string;
                }[];
                funding?: {
                    key: string;
                    funder: string;
                    description?: string;
                    amount?: number;
                    approximate?: boolean;
                    year?: number;
                    covers?: string[];
                    /** @enum {string} */
                    deduct?: "amount" | "whole";
                    reading?: {
                        fields: ("amount" | "year" | "covers" | "deduct")[];
                        note: string;
                    };
                    clause: string;
                }[];
                projectPeriod?: {
                    start: {
                        /** Format: date */
                        date: string;
                        clause: string;
                        reading?: {
                            fields: "date"[];
                            note: string;
                        };
                    };
                    end: {
                        /** Format: date */
                        date: string;
                        clause: string;
                        reading?: {
                            fields: "date"[];
                            note: string;
                        };
                    };
                };
                selfFunded?: {
                    parties: string[];
                    clause: string;
                };
                otherCostsDecidedBy?: {
                    body: string;
                    clause: string;
                };
                clause: string;
            };
            term?: {
                /** Format: date */
                start: string;
                /** Format: date */
                end?: string;
                renewal?: {
                    /** @constant */
                    kind: "automatic";
                    /** Format: duration */
                    period: string;
                    clause: string;
                } | {
                    /** @constant */
                    kind: "none";
                    clause: string;
                };
                clause: string;
            };
            withdrawal?: {
                /** Format: duration */
                noticePeriod: string;
                /** @enum {string} */
                effectiveAt: "yearEnd" | "anyMonthEnd";
                inWriting: boolean;
                clause: string;
            };
            revision?: {
                /** @constant */
                requestedBy: "anyParty";
                condition?: string;
                clause: string;
            };
            escalation?: {
                levels: {
                    body: string;
                    description?: string;
                }[];
                clause: string;
            };
            followUp?: {
                plan?: {
                    /** Format: date */
                    due: string;
                    by: string[];
                    contents?: string;
                    clause: string;
                };
                annualReport?: {
                    recipients: {
                        body: string;
                        clause: string;
                    }[];
                    by?: {
                        ref: string;
                        clause: string;
                    };
                    clause: string;
                };
            };
            confidentiality?: {
                law: string;
                clause: string;
                caseBasis?: {
                    bases: ("consent" | "deidentified")[];
                    clause: string;
                };
            };
            routines?: {
                key: string;
                template: string;
                source: "template" | {
                    clause: string;
                };
                description?: string;
                parameters?: {
                    [key: string]: {
                        /** @constant */
                        type: "duration";
                        /** Format: duration */
                        value: string;
                        source?: ("template" | {
                            clause: string;
                        }) | {
                            countyChoice: {
                                note: string;
                            };
                        };
                    } | {
                        /** @constant */
                        type: "workingDays";
                        value: number;
                        source?: ("template" | {
                            clause: string;
                        }) | {
                            countyChoice: {
                                note: string;
                            };
                        };
                    } | {
                        /** @constant */
                        type: "count";
                        value: number;
                        source?: ("template" | {
                            clause: string;
                        }) | {
                            countyChoice: {
                                note: string;
                            };
                        };
                    } | {
                        /** @constant */
                        type: "text";
                        value: string;
                        source?: ("template" | {
                            clause: string;
                        }) | {
                            countyChoice: {
                                note: string;
                            };
                        };
                    } | {
                        /** @constant */
                        type: "boolean";
                        value: boolean;
                        source?: ("template" | {
                            clause: string;
                        }) | {
                            countyChoice: {
                                note: string;
                            };
                        };
                    };
                };
                roles: {
                    [key: string]: {
                        to: string[];
                        /** @constant */
                        choose?: "homeMunicipality";
                    };
                };
                targetGroups?: string[];
            }[];
            signing?: {
                parties: string[];
                copies?: number;
                clause: string;
            };
            noticeTemplates?: {
                taskAssigned?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                dueSoon?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                overdue?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                escalation?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                meetingInvitation?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                meetingToSchedule?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                minutesDue?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                signaturePending?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                withdrawalReceived?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                lastDayToGiveNotice?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                renewalComing?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
                followUpDue?: {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
            };
            reminderLeads?: {
                lastDayToGiveNotice?: {
                    daysBefore: number;
                    at?: string;
                };
                renewalComing?: {
                    daysBefore: number;
                    at?: string;
                };
                followUpDue?: {
                    daysBefore: number;
                    at?: string;
                };
                meetingInvitation?: {
                    daysBefore: number;
                    at?: string;
                };
                minutesDue?: {
                    daysBefore: number;
                    at?: string;
                };
                meetingToSchedule?: {
                    daysBefore: number;
                    at?: string;
                };
            };
            notes?: {
                text: string;
                clause: string;
            }[];
            clauses: {
                number?: string;
                title: string;
                text?: string;
                /** @enum {string} */
                topic?: "agreement" | "parties" | "contents" | "background" | "purpose" | "goals" | "targetGroup" | "principles" | "governance" | "commitments" | "coordinator" | "meetings" | "costs" | "documentation" | "followUp" | "confidentiality" | "validity" | "revision" | "escalation" | "liability" | "references" | "signatures" | "proposal";
                source?: string;
                textOnly?: string;
            }[];
        };
        AgreementTemplate: {
            key: string;
            version: number;
            name: string;
            description: string;
            content: {
                key?: string;
                title?: string;
                shortName?: string;
                /** @enum {string} */
                kind?: "agreement" | "proposal" | "plan" | "memo";
                /** Format: date */
                date?: string;
                county?: {
                    code: string;
                    name: string;
                };
                sources?: {
                    key: string;
                    /** @enum {string} */
                    kind: "agreement" | "decision" | "minutes" | "plan" | "investigation" | "memo";
                    title: string;
                    /** Format: date */
                    date?: string;
                    reference?: string;
                    issuedBy?: string;
                }[];
                parties?: {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    kind: "municipality" | "region" | "police" | "prosecution" | "probation" | "countyAdministrativeBoard" | "associationOfMunicipalities" | "voluntaryOrganisation";
                    municipalityCode?: string;
                    population?: {
                        count: number;
                        /** Format: date */
                        date?: string;
                        year?: number;
                        source: string;
                    };
                    participatesAs?: {
                        /** @enum {string} */
                        role: "host" | "projectCoordinator";
                        description: string;
                        clause: string;
                    };
                    clause: string;
                }[];
                targetGroups?: {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    subject: "victim" | "perpetrator";
                    categories?: {
                        values: ("mensViolenceAgainstWomen" | "honourBasedViolence" | "sameSexRelationships" | "womensViolenceAgainstMen" | "prostitutionAndTrafficking" | "closeRelationships" | "partnerViolence")[];
                        clause: string;
                    };
                    forms?: {
                        values: ("psychological" | "physical" | "sexual" | "material" | "economic" | "latent" | "neglect" | "witnessed")[];
                        clause: string;
                    };
                    age?: {
                        /** @enum {string} */
                        bound: "atLeast" | "under";
                        years: number;
                        wording: string;
                        clause: string;
                        countyChoice?: {
                            fields: ("bound" | "years")[];
                            note: string;
                        };
                    };
                    residence?: {
                        /** @enum {string} */
                        basis: "actual" | "registered";
                        wording: string;
                        clause: string;
                        countyChoice?: {
                            fields: "basis"[];
                            note: string;
                        };
                    };
                    gender?: {
                        /** @enum {string} */
                        is: "woman" | "man";
                        wording: string;
                        clause: string;
                    };
                    clause: string;
                }[];
                subRegions?: {
                    key: string;
                    name: string;
                    clause: string;
                }[];
                roles?: {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    kind: "coordinator" | "representative" | "function";
                    /** @enum {string} */
                    level?: "county" | "subRegion" | "local";
                    subRegion?: string;
                    providedBy?: {
                        party: string;
                        clause: string;
                    } | {
                        party: string;
                        source: {
                            countyChoice: {
                                note: string;
                            };
                        };
                    };
                    extentPercent?: number;
                    substitutes?: number;
                    clause: string;
                }[];
                bodies?: {
                    key: string;
                    /** @enum {string} */
                    kind: "leadership" | "steering" | "working" | "consultation";
                    name: string;
                    clause: string;
                    mandate?: string;
                    subRegion?: string;
                    members?: ({
                        party: string;
                        function?: string;
                        clause?: string;
                    } | {
                        role: string;
                        clause?: string;
                    } | {
                        seat: string;
                        clause?: string;
                    })[];
                    convener?: {
                        ref: string;
                        clause: string;
                    };
                    place?: {
                        name: string;
                        clause: string;
                    };
                    cadence?: {
                        /** @constant */
                        kind: "recurrence";
                        rrule: string;
                        timeOfDay?: string;
                        /** Format: date */
                        start?: string;
                        clause: string;
                        countyChoice?: {
                            fields: ("FREQ" | "INTERVAL" | "COUNT" | "UNTIL" | "BYDAY" | "BYMONTHDAY" | "BYMONTH" | "BYSETPOS" | "BYWEEKNO" | "BYYEARDAY" | "WKST" | "timeOfDay" | "start")[];
                            note: string;
                        };
                    } | {
                        /** @constant */
                        kind: "countPerPeriod";
                        min?: number;
                        max?: number;
                        /** @enum {string} */
                        per: "year" | "term";
                        clause: string;
                        countyChoice?: {
                            fields: ("min" | "max" | "per")[];
                            note: string;
                        };
                    };
                    onDemand?: {
                        description: string;
                        clause: string;
                    };
                    consultationKinds?: {
                        kinds: ("planning" | "consultative" | "acute" | "followUp")[];
                        clause: string;
                    };
                    reportsTo?: {
                        body: string;
                        cadence?: {
                            /** @constant */
                            kind: "countPerPeriod";
                            min?: number;
                            max?: number;
                            /** @enum {string} */
                            per: "year" | "term";
                            clause: string;
                            countyChoice?: {
                                fields: ("min" | "max" | "per")[];
                                note: string;
                            };
                        };
                        clause: string;
                    };
                }[];
                commitments?: {
                    key: string;
                    by: string[];
                    text: string;
                    /** @enum {string} */
                    kind: "standing" | "recurring" | "dueByDate";
                    recurrence?: {
                        /** @constant */
                        kind: "recurrence";
                        rrule: string;
                        timeOfDay?: string;
                        /** Format: date */
                        start?: string;
                        clause: string;
                        countyChoice?: {
                            fields: ("FREQ" | "INTERVAL" | "COUNT" | "UNTIL" | "BYDAY" | "BYMONTHDAY" | "BYMONTH" | "BYSETPOS" | "BYWEEKNO" | "BYYEARDAY" | "WKST" | "timeOfDay" | "start")[];
                            note: string;
                        };
                    } | {
                        /** @constant */
                        kind: "countPerPeriod";
                        min?: number;
                        max?: number;
                        /** @enum {string} */
                        per: "year" | "term";
                        clause: string;
                        countyChoice?: {
                            fields: ("min" | "max" | "per")[];
                            note: string;
                        };
                    } | {
                        /** @constant */
                        kind: "meetingsOf";
                        body: string;
                        clause: string;
                    };
                    /** Format: date */
                    due?: string;
                    reportsTo?: string[];
                    /** @enum {string} */
                    level?: "county" | "subRegion" | "local";
                    clause: string;
                    countyChoice?: {
                        fields: ("due" | "recurrence" | "by")[];
                        note: string;
                    };
                }[];
                serviceLevel?: {
                    text: string;
                    clause: string;
                }[];
                costSplit?: {
                    items?: {
                        key: string;
                        name: string;
                        amount?: number;
                        method: {
                            /** @constant */
                            method: "byPopulation";
                            payers: string[];
                            population: {
                                /** Format: date */
                                date?: string;
                                year?: number;
                                source: string;
                                clause?: string;
                                countyChoice?: {
                                    fields: ("date" | "year" | "source")[];
                                    note: string;
                                };
                            };
                            statedPerInhabitant?: {
                                amount: number;
                                approximate: boolean;
                                clause: string;
                            };
                            clause: string;
                        } | {
                            /** @constant */
                            method: "equal";
                            payers: string[];
                            clause: string;
                        } | {
                            /** @constant */
                            method: "fixedShares";
                            shares: {
                                party: string;
                                percent: number;
                            }[];
                            clause: string;
                        } | {
                            /** @constant */
                            method: "asSetInAgreement";
                            agreement: string;
                            payers: string[];
                            clause: string;
                        };
                        clause: string;
                    }[];
                    totals?: {
                        key: string;
                        label: string;
                        amount: number;
                        items: string[];
                        clause: string;
                    }[];
                    funding?: {
                        key: string;
                        funder: string;
                        description?: string;
                        amount?: number;
                        approximate?: boolean;
                        year?: number;
                        covers?: string[];
                        /** @enum {string} */
                        deduct?: "amount" | "whole";
                        reading?: {
                            fields: ("amount" | "year" | "covers" | "deduct")[];
                            note: string;
                        };
                        clause: string;
                    }[];
                    projectPeriod?: {
                        start: {
                            /** Format: date */
                            date: string;
                            clause: string;
                            reading?: {
                                fields: "date"[];
                                note: string;
                            };
                        };
                        end: {
                            /** Format: date */
                            date: string;
                            clause: string;
                            reading?: {
                                fields: "date"[];
                                note: string;
                            };
                        };
                    };
                    selfFunded?: {
                        parties: string[];
                        clause: string;
                    };
                    otherCostsDecidedBy?: {
                        body: string;
                        clause: string;
                    };
                    clause: string;
                };
                term?: {
                    /** Format: date */
                    start: string;
                    /** Format: date */
                    end?: string;
                    renewal?: {
                        /** @constant */
                        kind: "automatic";
                        /** Format: duration */
                        period: string;
                        clause: string;
                    } | {
                        /** @constant */
                        kind: "none";
                        clause: string;
                    };
                    clause: string;
                };
                withdrawal?: {
                    /** Format: duration */
                    noticePeriod: string;
                    /** @enum {string} */
                    effectiveAt: "yearEnd" | "anyMonthEnd";
                    inWriting: boolean;
                    clause: string;
                };
                revision?: {
                    /** @constant */
                    requestedBy: "anyParty";
                    condition?: string;
                    clause: string;
                };
                escalation?: {
                    levels: {
                        body: string;
                        description?: string;
                    }[];
                    clause: string;
                };
                followUp?: {
                    plan?: {
                        /** Format: date */
                        due: string;
                        by: string[];
                        contents?: string;
                        clause: string;
                    };
                    annualReport?: {
                        recipients: {
                            body: string;
                            clause: string;
                        }[];
                        by?: {
                            ref: string;
                            clause: string;
                        };
                        clause: string;
                    };
                };
                confidentiality?: {
                    law: string;
                    clause: string;
                    caseBasis?: {
                        bases: ("consent" | "deidentified")[];
                        clause: string;
                    };
                };
                routines?: {
                    key: string;
                    template: string;
                    source: "template" | {
                        clause: string;
                    };
                    description?: string;
                    parameters?: {
                        [key: string]: {
                            /** @constant */
                            type: "duration";
                            /** Format: duration */
                            value: string;
                            source?: ("template" | {
                                clause: string;
                            }) | {
                                countyChoice: {
                                    note: string;
                                };
                            };
                        } | {
                            /** @constant */
                            type: "workingDays";
                            value: number;
                            source?: ("template" | {
                                clause: string;
                            }) | {
                                countyChoice: {
                                    note: string;
                                };
                            };
                        } | {
                            /** @constant */
                            type: "count";
                            value: number;
                            source?: ("template" | {
                                clause: string;
                            }) | {
                                countyChoice: {
                                    note: string;
                                };
                            };
                        } | {
                            /** @constant */
                            type: "text";
                            value: string;
                            source?: ("template" | {
                                clause: string;
                            }) | {
                                countyChoice: {
                                    note: string;
                                };
                            };
                        } | {
                            /** @constant */
                            type: "boolean";
                            value: boolean;
                            source?: ("template" | {
                                clause: string;
                            }) | {
                                countyChoice: {
                                    note: string;
                                };
                            };
                        };
                    };
                    roles: {
                        [key: string]: {
                            to: string[];
                            /** @constant */
                            choose?: "homeMunicipality";
                        };
                    };
                    targetGroups?: string[];
                }[];
                signing?: {
                    parties: string[];
                    copies?: number;
                    clause: string;
                };
                noticeTemplates?: {
                    taskAssigned?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    dueSoon?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    overdue?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    escalation?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    meetingInvitation?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    meetingToSchedule?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    minutesDue?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    signaturePending?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    withdrawalReceived?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    lastDayToGiveNotice?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    renewalComing?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                    followUpDue?: {
                        subject?: string;
                        text?: string;
                        html?: string;
                    };
                };
                reminderLeads?: {
                    lastDayToGiveNotice?: {
                        daysBefore: number;
                        at?: string;
                    };
                    renewalComing?: {
                        daysBefore: number;
                        at?: string;
                    };
                    followUpDue?: {
                        daysBefore: number;
                        at?: string;
                    };
                    meetingInvitation?: {
                        daysBefore: number;
                        at?: string;
                    };
                    minutesDue?: {
                        daysBefore: number;
                        at?: string;
                    };
                    meetingToSchedule?: {
                        daysBefore: number;
                        at?: string;
                    };
                };
                notes?: {
                    text: string;
                    clause: string;
                }[];
                clauses?: {
                    number?: string;
                    title: string;
                    text?: string;
                    /** @enum {string} */
                    topic?: "agreement" | "parties" | "contents" | "background" | "purpose" | "goals" | "targetGroup" | "principles" | "governance" | "commitments" | "coordinator" | "meetings" | "costs" | "documentation" | "followUp" | "confidentiality" | "validity" | "revision" | "escalation" | "liability" | "references" | "signatures" | "proposal";
                    source?: string;
                    textOnly?: string;
                }[];
            };
        };
        RoutineDefinition: {
            key: string;
            version: number;
            title: string;
            description?: string;
            roles: {
                [key: string]: {
                    title: string;
                    owes: string;
                };
            };
            parameters: {
                [key: string]: {
                    title: string;
                    source?: {
                        /** @constant */
                        kind: "seed";
                        seed: string;
                        clause: string;
                        quote?: string;
                    } | {
                        /** @constant */
                        kind: "practice";
                        /** @constant */
                        name: "Barnahus practice";
                        note: string;
                    } | {
                        /** @constant */
                        kind: "product";
                        note: string;
                    };
                    /** @constant */
                    type: "duration";
                    /** Format: duration */
                    default?: string;
                    optional?: boolean;
                } | {
                    title: string;
                    source?: {
                        /** @constant */
                        kind: "seed";
                        seed: string;
                        clause: string;
                        quote?: string;
                    } | {
                        /** @constant */
                        kind: "practice";
                        /** @constant */
                        name: "Barnahus practice";
                        note: string;
                    } | {
                        /** @constant */
                        kind: "product";
                        note: string;
                    };
                    /** @constant */
                    type: "workingDays";
                    default?: number;
                    optional?: boolean;
                } | {
                    title: string;
                    source?: {
                        /** @constant */
                        kind: "seed";
                        seed: string;
                        clause: string;
                        quote?: string;
                    } | {
                        /** @constant */
                        kind: "practice";
                        /** @constant */
                        name: "Barnahus practice";
                        note: string;
                    } | {
                        /** @constant */
                        kind: "product";
                        note: string;
                    };
                    /** @constant */
                    type: "count";
                    default?: number;
                } | {
                    title: string;
                    source?: {
                        /** @constant */
                        kind: "seed";
                        seed: string;
                        clause: string;
                        quote?: string;
                    } | {
                        /** @constant */
                        kind: "practice";
                        /** @constant */
                        name: "Barnahus practice";
                        note: string;
                    } | {
                        /** @constant */
                        kind: "product";
                        note: string;
                    };
                    /** @constant */
                    type: "boolean";
                    default?: boolean;
                } | {
                    title: string;
                    source?: {
                        /** @constant */
                        kind: "seed";
                        seed: string;
                        clause: string;
                        quote?: string;
                    } | {
                        /** @constant */
                        kind: "practice";
                        /** @constant */
                        name: "Barnahus practice";
                        note: string;
                    } | {
                        /** @constant */
                        kind: "product";
                        note: string;
                    };
                    /** @constant */
                    type: "text";
                    default?: string;
                };
            };
            input?: {
                [key: string]: "required" | "optional";
            };
            events: {
                [key: string]: {
                    title: string;
                    sentBy: string[];
                    payload?: {
                        [key: string]: "required" | "optional";
                    };
                    fill?: {
                        [key: string]: "nextConsultationSlot";
                    };
                    rules?: {
                        when: {
                            field: unknown;
                            is: string | boolean;
                        };
                        require?: unknown[];
                        must?: {
                            [key: string]: string | boolean;
                        };
                        forbid?: unknown[];
                        why: string;
                        source: {
                            /** @constant */
                            kind: "seed";
                            seed: string;
                            clause: string;
                            quote?: string;
                        } | {
                            /** @constant */
                            kind: "practice";
                            /** @constant */
                            name: "Barnahus practice";
                            note: string;
                        } | {
                            /** @constant */
                            kind: "product";
                            note: string;
                        };
                    }[];
                };
            };
            assignableActions?: {
                [key: string]: {
                    title: string;
                };
            };
            initial: string;
            states: {
                [key: string]: components["schemas"]["RoutineDefinition.__schema0"];
            };
        };
        "RoutineDefinition.__schema0": {
            title: string;
            source: {
                /** @constant */
                kind: "seed";
                seed: string;
                clause: string;
                quote?: string;
            } | {
                /** @constant */
                kind: "practice";
                /** @constant */
                name: "Barnahus practice";
                note: string;
            } | {
                /** @constant */
                kind: "product";
                note: string;
            };
            final?: boolean;
            parallel?: boolean;
            initial?: string;
            states?: {
                [key: string]: components["schemas"]["RoutineDefinition.__schema0"];
            };
            on?: {
                [key: string]: {
                    target?: string;
                    guard?: string | {
                        type: string;
                        params?: {
                            [key: string]: unknown;
                        };
                    };
                    actions?: (string | {
                        type: string;
                        params?: {
                            [key: string]: unknown;
                        };
                    })[];
                    reenter?: boolean;
                } | {
                    target?: string;
                    guard?: string | {
                        type: string;
                        params?: {
                            [key: string]: unknown;
                        };
                    };
                    actions?: (string | {
                        type: string;
                        params?: {
                            [key: string]: unknown;
                        };
                    })[];
                    reenter?: boolean;
                }[];
            };
            always?: {
                target?: string;
                guard?: string | {
                    type: string;
                    params?: {
                        [key: string]: unknown;
                    };
                };
                actions?: (string | {
                    type: string;
                    params?: {
                        [key: string]: unknown;
                    };
                })[];
                reenter?: boolean;
            } | {
                target?: string;
                guard?: string | {
                    type: string;
                    params?: {
                        [key: string]: unknown;
                    };
                };
                actions?: (string | {
                    type: string;
                    params?: {
                        [key: string]: unknown;
                    };
                })[];
                reenter?: boolean;
            }[];
            onDone?: {
                target?: string;
                guard?: string | {
                    type: string;
                    params?: {
                        [key: string]: unknown;
                    };
                };
                actions?: (string | {
                    type: string;
                    params?: {
                        [key: string]: unknown;
                    };
                })[];
                reenter?: boolean;
            };
            tasks?: {
                key: string;
                owedBy: string;
                title: string;
                completedBy: string[];
                /** @enum {string} */
                forEach?: "party" | "assignedAction";
            }[];
            deadline?: {
                within: {
                    parameter: string;
                } | {
                    record: unknown;
                };
                event: string;
            };
            reminders?: ({
                before: {
                    parameter: string;
                } | {
                    /** Format: duration */
                    duration: string;
                };
            } | {
                /** @constant */
                atDue: true;
            })[];
            escalations?: {
                after: {
                    parameter: string;
                } | {
                    /** Format: duration */
                    duration: string;
                };
                to: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up (200) or unavailable (503), with each dependency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AuthConfig */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthConfig"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JsonWebKeySet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AuthUser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthUser"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TemplateSummary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSummary"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplateUpdateController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishTemplateDto"];
            };
        };
        responses: {
            /** @description PublishedTemplate */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTemplate"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AgreementTemplate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementTemplate"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AgreementSummary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementSummary"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgreementDto"];
            };
        };
        responses: {
            /** @description VersionView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AgreementView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_createDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDraftDto"];
            };
        };
        responses: {
            /** @description VersionView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description VersionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDraftDto"];
            };
        };
        responses: {
            /** @description VersionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_validate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ValidationReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationReport"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description VersionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement as an HTML document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_documentPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_costSplit: {
        parameters: {
            query?: {
                year?: unknown;
            };
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CostSplitView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostSplitView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_withdrawal: {
        parameters: {
            query: {
                noticeDate?: unknown;
                party: unknown;
            };
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WithdrawalView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_term: {
        parameters: {
            query?: {
                date?: unknown;
            };
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TermAnswer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermAnswer"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_obligations: {
        parameters: {
            query: {
                date?: unknown;
                party: unknown;
            };
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PartyObligations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyObligations"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_calendar: {
        parameters: {
            query?: {
                body?: unknown;
                party?: unknown;
                /** @description a date 1900-01-01…2199-12-31; default a year after from */
                to?: unknown;
                /** @description a date 1900-01-01…2199-12-31; default today */
                from?: unknown;
            };
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CalendarView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_ics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar as iCalendar (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_coverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ClauseCoverageView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseCoverageView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_timers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ConfirmedTimersView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmedTimersView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgreementViewsController_diff: {
        parameters: {
            query: {
                /** @description a version number, latest, or template */
                against: unknown;
            };
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DiffView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiffView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DefaultConfirmationsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmDefaultsDto"];
            };
        };
        responses: {
            /** @description VersionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplateUpdateController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TemplateUpdateView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateUpdateView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TemplateUpdateController_take: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeTemplateChangesDto"];
            };
        };
        responses: {
            /** @description VersionView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarFeedsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CalendarFeedView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarFeedsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarFeedDto"];
            };
        };
        responses: {
            /** @description CreatedCalendarFeed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCalendarFeed"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarFeedsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                feed: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CalendarFeedView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CalendarFeedsController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The party’s calendar as iCalendar (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MeetingDatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MeetingsToScheduleView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsToScheduleView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MeetingDatesController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example styrgrupp */
                    body: string;
                    /**
                     * @description local time in Stockholm
                     * @example 2026-05-12T09:00
                     */
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description MeetingsToScheduleView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsToScheduleView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstancesController_start: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description a UUID chosen by the client per start */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartInstanceDto"];
            };
        };
        responses: {
            /** @description The case started: its first step (201; 200 when an Idempotency-Key repeats a start) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstancesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description InstanceView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstancesController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventDto"];
            };
        };
        responses: {
            /** @description What the event did: the step */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoutineMigrationsController_migrate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MigrationDto"];
            };
        };
        responses: {
            /** @description MigrationReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationReport"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoutinesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RoutineSummary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutineSummary"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoutinesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stored (201), or this very content already published (200) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutineDefinition"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoutinesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RoutineDefinition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutineDefinition"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TaskView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NotificationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MunicipalitiesController_list: {
        parameters: {
            query?: {
                /** @description two-digit county code */
                county?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Municipality */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartiesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PartyView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartiesController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptCountyDto"];
            };
        };
        responses: {
            /** @description PartyView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartyContactsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PartyContactsView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyContactsView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartyContactsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    address: string;
                    /** @example Jourmailbox */
                    label: string;
                } | {
                    /** Format: email */
                    address: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description ContactView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartyContactsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
                contact: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the contact removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NoticePreferencesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NoticePreferencesView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreferencesView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NoticePreferencesController_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    email: "immediate" | "digest" | "off";
                    inApp: boolean;
                };
            };
        };
        responses: {
            /** @description NoticePreferencesView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreferencesView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboxController_page: {
        parameters: {
            query?: {
                /** @description 1 … 100, default 20 */
                pageSize?: unknown;
                page?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description InboxPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboxController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description InboxReadAll */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxReadAll"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description InboxItem */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItem"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NoticeTemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NoticeKindView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeKindView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NoticeTemplatesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    subject?: string;
                    text?: string;
                    html?: string;
                };
            };
        };
        responses: {
            /** @description NoticePreview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreview"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LifecycleController_signatures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SignatureRoundView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureRoundView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LifecycleController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example ostersunds-kommun */
                    party: string;
                    /**
                     * Format: date
                     * @example 2026-03-10
                     */
                    signedOn: string;
                    /** @example Kommunstyrelsens ordförande */
                    signatoryFunction: string;
                };
            };
        };
        responses: {
            /** @description SignatureRoundView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureRoundView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LifecycleController_reminders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AgreementRemindersView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementRemindersView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WithdrawalsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WithdrawalNoticesView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalNoticesView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WithdrawalsController_give: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreement: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example krokoms-kommun */
                    party: string;
                    /**
                     * Format: date
                     * @description default: today in Stockholm
                     * @example 2026-03-02
                     */
                    givenOn?: string;
                    /** @example Kommundirektör */
                    signatoryFunction: string;
                };
            };
        };
        responses: {
            /** @description RecordedWithdrawalView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedWithdrawalView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WebhookView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDto"];
            };
        };
        responses: {
            /** @description Created (201, with its secret, shown this once) or changed (200) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WebhooksController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WebhookSecretView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_list: {
        parameters: {
            query?: {
                status?: "dead";
                limit?: string;
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DeliveryView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DeliverySummary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverySummary"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DeliveryView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DeliveryView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_queues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QueueOverview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueOverview"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_jobs: {
        parameters: {
            query?: {
                state?: "waiting" | "delayed" | "active" | "failed";
                limit?: string;
            };
            header?: never;
            path: {
                queue: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JobView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_retryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                queue: string;
                job: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JobAction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAction"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_discardJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                queue: string;
                job: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JobAction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAction"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryAdminController_overdue: {
        parameters: {
            query?: {
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OverdueTaskView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueTaskView"][];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
