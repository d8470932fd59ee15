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
        post?: never;
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
        };
        EventDto: {
            /** @example case.contact.made */
            type: string;
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
                    /** @enum {string} */
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
                    /** @enum {string} */
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
                        /** @enum {string} */
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
                    /** @enum {string} */
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
                    /** @enum {string} */
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
                    /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
                        method: "equal";
                        payers: string[];
                        clause: string;
                    } | {
                        /** @enum {string} */
                        method: "fixedShares";
                        shares: {
                            party: string;
                            percent: number;
                        }[];
                        clause: string;
                    } | {
                        /** @enum {string} */
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
                    /** @enum {string} */
                    kind: "automatic";
                    /** Format: duration */
                    period: string;
                    clause: string;
                } | {
                    /** @enum {string} */
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
                /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                            /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                        /** @enum {string} */
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
                            /** @enum {string} */
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
                            /** @enum {string} */
                            method: "equal";
                            payers: string[];
                            clause: string;
                        } | {
                            /** @enum {string} */
                            method: "fixedShares";
                            shares: {
                                party: string;
                                percent: number;
                            }[];
                            clause: string;
                        } | {
                            /** @enum {string} */
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
                        /** @enum {string} */
                        kind: "automatic";
                        /** Format: duration */
                        period: string;
                        clause: string;
                    } | {
                        /** @enum {string} */
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
                    /** @enum {string} */
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
                            /** @enum {string} */
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
                            /** @enum {string} */
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
                            /** @enum {string} */
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
                            /** @enum {string} */
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
                            /** @enum {string} */
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
                            /** @enum {string} */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
