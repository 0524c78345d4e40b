/*
 * Generated from openapi.json by `npm run openapi`; do not edit. The types of every path, its
 * parameters, bodies and answers, for openapi-fetch (tools/api-client/client.ts).
 */
export interface paths {
    "/audit/entries/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry: its leaf, its payload, and its proof against the latest checkpoint */
        get: operations["ProofsController_entry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger entries by request, registration number, actor, agency, type and time */
        get: operations["EventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger (or a time range of it) as NDJSON, for `npm run ledger -- verify` */
        get: operations["ExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint (C2SP tlog-checkpoint as a signed note) */
        get: operations["TlogController_checkpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/log/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The verifier key(s) of the checkpoint signers, one per line */
        get: operations["TlogController_key"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/log/tile/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hash tile `tile/<L>/<N>[.p/<W>]` or an entry bundle `tile/entries/<N>[.p/<W>]` */
        get: operations["TlogController_tile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consistency proof between two signed checkpoints (RFC 9162 §2.1.4) */
        get: operations["ProofsController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inclusion proof of an entry in a signed checkpoint (RFC 9162 §2.1.3) */
        get: operations["ProofsController_inclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/requests/{requestId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole story of one request, in order, with its chain checked */
        get: operations["HistoryController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Re-verify the whole ledger from stored data, with the same code as the offline verifier; names the first bad index */
        get: operations["VerifyController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue in force, or as it stood on a past day (asOf), in all three languages */
        get: operations["CapabilitiesController_list"];
        put?: never;
        /** Add an entry (platform operator, admin) */
        post: operations["CapabilitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/capabilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry, its current version (a retired one says so) */
        get: operations["CapabilitiesController_get"];
        /** Change what describes an entry: a new version (platform operator, admin) */
        put: operations["CapabilitiesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/capabilities/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an entry: it leaves the catalogue in force, its versions stay (platform operator, admin) */
        post: operations["CapabilitiesController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/capabilities/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change an entry’s status and its dates: a new version (platform operator, admin) */
        post: operations["CapabilitiesController_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/capabilities/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of one entry, oldest first, with who recorded it and when */
        get: operations["CapabilitiesController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/glossary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kk↔ru glossary of domain terms the overlap report bridges the languages with */
        get: operations["OverlapController_terms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/glossary/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or replace a glossary term (admin); every indexed record is matched again */
        put: operations["OverlapController_putTerm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/inventory/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The imports, newest first, each with its source, time and what it changed */
        get: operations["InventoryController_imports"];
        put?: never;
        /** Import an Architecture portal export (CSV or JSON): a new version of the inventory (admin); dryRun changes nothing */
        post: operations["InventoryController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/inventory/systems/{objectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One existing system: its current record, whether the last import still listed it, and its versions */
        get: operations["InventoryController_system"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/overlap/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request’s newest overlap report: automated output that ranks and explains, and decides nothing */
        get: operations["OverlapController_report"];
        put?: never;
        /** Compute the report again now, against today’s inventory, requests and precedents (secretary, experts) */
        post: operations["OverlapController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search existing systems, requests, published decisions and the capability catalogue, filtered, by cursor */
        get: operations["SearchController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue, in the language Accept-Language asks for, or in all three without it */
        get: operations["PublicCapabilitiesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published records, newest first, filtered and paged by cursor */
        get: operations["PublicDecisionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/decisions.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom 1.0 feed of published records, newest first (the latest page) */
        get: operations["PublicFeedsController_atom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/decisions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published record matching the filters as CSV (RFC 4180, UTF-8 with BOM) */
        get: operations["PublicFeedsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/decisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record by its number, with its signature and what corrects it */
        get: operations["PublicDecisionsController_byNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JWKS of the keys that sign published records (OKP/Ed25519) */
        get: operations["JwksController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions, oldest first, by cursor; never their secrets */
        get: operations["SubscriptionsController_list"];
        put?: never;
        /** Subscribe an address; the answer shows its signing secret, once */
        post: operations["SubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubscriptionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest publication first, with every attempt */
        get: operations["SubscriptionsController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/subscriptions/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again, with a fresh retry window */
        post: operations["SubscriptionsController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/subscriptions/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop deliveries: nothing new, and waiting deliveries are cancelled */
        post: operations["SubscriptionsController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret, shown once; the old one still signs during the grace period */
        post: operations["SubscriptionsController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your agency's requests, newest first */
        get: operations["RequestsController_list"];
        put?: never;
        /** Create a draft request */
        post: operations["RequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft or returned request (JSON Merge Patch; null removes a field) */
        patch: operations["RequestsController_update"];
        trace?: never;
    };
    "/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a document (PDF, DOCX, XLSX, ODT, PNG, JPEG; 20 MB at most; type judged by content) */
        post: operations["AttachmentsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/platform-obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the platform operator owes your agency on a request (agency submitter, agency signatory; own agency's requests only)
         * @description A counter-offer of the technical opinion becomes the operator’s obligation when the Commission refuses the exemption on its basis.
         */
        get: operations["PlatformObligationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/signing-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the signatory signs to submit: the version as it stands, with its attachments’ digests */
        get: operations["RequestsController_signingDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (or resubmit after a return), signed over the signing document: checks completeness, registers, freezes the version */
        post: operations["RequestsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RequestsController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RequestsController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the request before the Commission decides */
        post: operations["RequestsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/agenda-items/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close voting: quorum, majority, and the chair on a tie give the outcome */
        post: operations["VotingController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/agenda-items/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a conflict of interest: the member is recused from the item */
        post: operations["VotingController_conflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/agenda-items/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the decision on a closed item */
        post: operations["DecisionsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/agenda-items/{id}/decision/signing-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What the chair signs to issue this decision: send the decision as you will issue it */
        post: operations["DecisionsController_issueSigningDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/agenda-items/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vote for, against or abstain; once per member and item */
        post: operations["VotingController_vote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's weekdays off and working weekend days */
        get: operations["CalendarController_get"];
        /** Replace a year's calendar data; live deadlines are recomputed */
        put: operations["CalendarController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DecisionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/decisions/{id}/reconsideration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant's request for reconsideration: once, within the configured period */
        post: operations["DecisionsController_reconsider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/decisions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an exemption in force, with reasons */
        post: operations["DecisionsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/decisions/{id}/revoke/signing-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What the chair signs to revoke this decision: send the revocation as you will make it */
        post: operations["DecisionsController_revokeSigningDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a meeting with the members expected */
        post: operations["MeetingsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a request whose opinions are all in on the agenda; members of the applicant are recused */
        post: operations["MeetingsController_agenda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the members present */
        post: operations["MeetingsController_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes: attendance, recusals, votes and outcomes */
        get: operations["MinutesController_getMinutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/meetings/{id}/minutes/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The secretary's qualified signature over the minutes' signing document */
        post: operations["MinutesController_signMinutesRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/meetings/{id}/minutes/signing-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the secretary signs: the minutes as they stand */
        get: operations["MinutesController_minutesSigningDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/queues/{stage}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stage's inbox for the caller's role: overdue first, then by due date */
        get: operations["TasksController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case as review sees it: the version under review, its tasks and opinions */
        get: operations["CaseFileController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the screened request: opens the technical, security and legal opinions */
        post: operations["ScreeningController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign or reassign the task to a person */
        post: operations["TasksController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the task: nobody else can hold it until it is released */
        post: operations["TasksController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the opinion of the task you hold, naming the version you reviewed */
        post: operations["OpinionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}/opinion/signing-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What the expert signs to give this opinion: send the opinion as you will give it */
        post: operations["OpinionsController_signingDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the task back in its queue (the holder, or the secretary) */
        post: operations["TasksController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/review/tasks/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return the request to the agency for revision, with remarks per field */
        post: operations["ScreeningController_returnForRevision"];
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
        AcceptedGapDto: {
            /** @example notifications */
            capabilityId: string;
            /** @description The reason's position in the decided version's justification.reasons, from 0 */
            reasonIndex: number;
        };
        AcceptedGapView: {
            capabilityId: string;
            /** @enum {string} */
            gap: "absent" | "insufficient";
            reasonIndex: number;
        };
        ActorDoc: {
            id: string;
            name: string | null;
            role: string;
        };
        ActSignatureDto: {
            /** @description Base64 of the detached CMS SignedData over the act's signing document (NCALayer's createCMSSignatureFromBase64) */
            cms: string;
        };
        ActSignatureView: {
            /** @example review.decision */
            act: string;
            algorithm: string;
            certificateIssuer: string;
            certificateSerial: string;
            /** @description sha256 of the CMS: the signature’s name in the ledger */
            cmsDigest: string;
            /** @description sha256 of the bytes signed */
            contentDigest: string;
            signer: components["schemas"]["ActSignerView"];
            signingTime: string;
        };
        ActSignerView: {
            /** @description BIN from the certificate */
            bin?: string | null;
            commonName: string;
            /** @description IIN from the certificate */
            iin?: string | null;
            organization?: string | null;
        };
        AgencyView: {
            bin: string | null;
            name: string | null;
        };
        AgendaItemView: {
            id: string;
            meetingId: string;
            position: number;
            /** @description Members recused from the item as it was placed */
            recused: string[];
            requestId: string;
            /** @enum {string} */
            status: "open" | "closed";
            version: number;
        };
        AiUseDto: {
            description?: string | null;
            /** @enum {string|null} */
            riskLevel?: "minimal" | "limited" | "high" | null;
            used?: boolean | null;
        };
        AlternativeDto: {
            /** @description The QazTech service or component assessed */
            name?: string | null;
            whyItFails?: string | null;
        };
        ApplicantDto: {
            /**
             * @description BIN of the applicant: must be your own organisation
             * @example 940140000385
             */
            bin?: string | null;
            contactPerson?: components["schemas"]["ContactPersonDto"];
            /** @enum {string|null} */
            kind?: "central_state_body" | "local_executive_body" | "national_holding_or_company" | "state_enterprise" | "other_quasi_state" | null;
            nameKk?: string | null;
            nameRu?: string | null;
        };
        AssignTaskDto: {
            /** @description The user id (token subject) of the person who will hold the task */
            assigneeId: string;
            assigneeName: string;
            /** @description BIN of the assignee's organisation, checked against the applicant */
            organisationBin?: string;
        };
        AttachmentView: {
            /** @enum {string} */
            classification: "open" | "dsp";
            createdAt: string;
            fileName: string;
            id: string;
            /** @example feasibility_study */
            kind: string;
            /** @example ru */
            language: string;
            mediaType: string;
            /** @description SHA-256 of the file, hex */
            sha256: string;
            sizeBytes: number;
            /** @description The request version it was added to */
            version: number;
        };
        AttemptView: {
            attemptedAt: string;
            delivered: boolean;
            durationMs: number;
            error: string | null;
            /** @description The HTTP status answered, null when none came */
            statusCode: number | null;
        };
        AutomatedView: {
            /** Format: date-time */
            computedAt: string;
            /**
             * @description Always true: the report decides nothing, a person does
             * @enum {boolean}
             */
            decidesNothing: true;
            method: components["schemas"]["MethodView"];
            notice: components["schemas"]["LocalizedTextView"];
        };
        BudgetDto: {
            /**
             * @description KZT, a decimal string with up to two decimals
             * @example 1500000000.00
             */
            amountKzt?: string | null;
            /** @enum {string|null} */
            fundingSource?: "republican_budget" | "local_budget" | "own_funds" | "loan" | "grant" | "other" | null;
            /**
             * @description The applicant's estimate of building the same on QazTech, KZT
             * @example 2100000000.00
             */
            platformAlternativeKzt?: string | null;
        };
        CalendarDayDto: {
            /** @example 2026-03-24 */
            date: string;
            /**
             * @description day_off: a weekday off; working_day: a Saturday or Sunday worked
             * @enum {string}
             */
            kind: "day_off" | "working_day";
            /** @example Наурыз мейрамы */
            name: string;
        };
        CalendarDayView: {
            /** @example 2026-03-24 */
            date: string;
            /** @enum {string} */
            kind: "day_off" | "working_day";
            name: string;
        };
        CalendarYearView: {
            /** @description Every day of the year that differs from Monday-to-Friday */
            days: components["schemas"]["CalendarDayView"][];
            year: number;
        };
        CapabilityClaimDto: {
            /**
             * @description The id of an entry of the capability catalogue (/catalogue/capabilities)
             * @example notifications
             */
            capabilityId?: string | null;
            /**
             * @description absent: the platform has nothing; insufficient: it has, but not enough
             * @enum {string|null}
             */
            gap?: "absent" | "insufficient" | null;
            /**
             * @description For insufficient: the published limit that is not enough
             * @example 5 000 messages per second
             */
            limit?: string | null;
            /**
             * @description For insufficient: the figure the system needs
             * @example 70 000 messages per second
             */
            needed?: string | null;
        };
        CapabilityDescriptionDto: {
            /** @enum {string} */
            category: "self_service" | "source_and_delivery" | "code_quality_and_security" | "secrets" | "observability" | "environments" | "shared_services";
            descriptions: components["schemas"]["CapabilityDescriptionsDto"];
            limits: components["schemas"]["CapabilityLimitsDto"];
            names: components["schemas"]["CapabilityNamesDto"];
            /**
             * @description Who answers for the capability
             * @example АО «НИТ»
             */
            owner: string;
        };
        CapabilityDescriptionsDto: {
            en: string;
            kk: string;
            ru: string;
        };
        CapabilityLimitsDto: {
            /** @description Certification or attestation level */
            certificationLevel?: string | null;
            /** @description The kinds of data the capability may hold */
            dataClasses: ("open" | "personal" | "restricted" | "state_secret")[];
            /** @description Other limits, by name */
            other?: {
                [key: string]: string;
            };
            throughput?: components["schemas"]["ThroughputDto"] | null;
        };
        CapabilityNamesDto: {
            /** @example Self-service portal */
            en: string;
            /** @example Өздігінен қызмет көрсету порталы */
            kk: string;
            /** @example Портал самообслуживания */
            ru: string;
        };
        CapabilityRecordDoc: {
            /** @description True while the entry is the seed’s assumption, not yet confirmed or changed by the operator */
            assumption: boolean;
            /** Format: date */
            availableSince: string | null;
            /** @enum {string} */
            category: "self_service" | "source_and_delivery" | "code_quality_and_security" | "secrets" | "observability" | "environments" | "shared_services";
            descriptions: components["schemas"]["CapabilityDescriptionsDto"];
            /** @example gitlab */
            id: string;
            limits: components["schemas"]["CapabilityLimitsDto"];
            names: components["schemas"]["CapabilityNamesDto"];
            owner: string;
            /** Format: date */
            plannedFor: string | null;
            /**
             * Format: date-time
             * @description When this version was recorded
             */
            recordedAt: string;
            retired: boolean;
            /** @enum {string} */
            status: "available" | "planned" | "not_planned";
            version: number;
        };
        CapabilityStatusDto: {
            /**
             * Format: date
             * @description Available since; only when available
             */
            availableSince?: string | null;
            /**
             * Format: date
             * @description Expected date; required when planned
             */
            plannedFor?: string | null;
            /** @enum {string} */
            status: "available" | "planned" | "not_planned";
        };
        CapabilityVersionDoc: {
            capability: components["schemas"]["CapabilityRecordDoc"];
            /** @enum {string} */
            change: "created" | "updated" | "status_changed" | "retired";
            /** Format: date-time */
            recordedAt: string;
            recordedBy: components["schemas"]["ActorDoc"];
            version: number;
        };
        CapabilityVersionsDoc: {
            capabilityId: string;
            versions: components["schemas"]["CapabilityVersionDoc"][];
        };
        CaseDecisionView: {
            id: string;
            issuedAt: string;
            number: string;
            outcome: string;
            status: string;
        };
        CaseFileView: {
            agencyBin: string;
            /** @description The whole case's deadline: working days from registration, on the current calendar */
            caseDueDate: string;
            caseOverdue: boolean;
            /** @description The request as the agency submitted this version */
            content: {
                [key: string]: unknown;
            };
            decisions: components["schemas"]["CaseDecisionView"][];
            id: string;
            opinions: components["schemas"]["OpinionView"][];
            registrationNumber: string;
            round: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "screening" | "returned" | "expert_review" | "on_agenda" | "decided" | "published" | "withdrawn" | "expired" | "revoked" | "reconsideration";
            submittedAt: string;
            tasks: components["schemas"]["TaskView"][];
            version: number;
        };
        CastVoteDto: {
            /** @enum {string} */
            choice: "for" | "against" | "abstain";
            reason?: string;
        };
        CatalogueDoc: {
            /**
             * Format: date
             * @description The day read as of; null for the catalogue in force
             */
            asOf: string | null;
            /** @description Present while some entry is an assumption: in kk/ru/en, or in the language asked for */
            assumptionNotice?: string | {
                [key: string]: string;
            };
            items: components["schemas"]["CapabilityRecordDoc"][];
        };
        ChainCheckAnswer: {
            firstBadIndex?: number;
            length: number;
            ok: boolean;
            problem?: string;
        };
        CheckpointSummaryAnswer: {
            rootHash: string;
            size: number;
        };
        ClosedItemView: {
            itemId: string;
            /** @enum {string} */
            outcome: "carried" | "not_carried" | "no_quorum";
            tally: components["schemas"]["VoteTallyView"];
        };
        CloseItemDto: {
            /**
             * @description The chair's casting vote, needed only on a tie the chair's own vote does not break
             * @enum {string}
             */
            castingVote?: "for" | "against";
        };
        ConsistencyProofAnswer: {
            from: number;
            fromCheckpoint: string;
            fromRootHash: string;
            proof: string[];
            to: number;
            toCheckpoint: string;
            toRootHash: string;
        };
        ContactPersonDto: {
            email?: string | null;
            fullName?: string | null;
            /** @example +77172000000 */
            phone?: string | null;
            position?: string | null;
        };
        CounterOfferDto: {
            /**
             * @description The capabilities the platform provides instead
             * @example [
             *       "notifications"
             *     ]
             */
            capabilities: string[];
            /**
             * @description KZT, a decimal string with up to two decimals
             * @example 350000000.00
             */
            costKzt: string;
            /** @example 2027-12-01 */
            deliveryDate: string;
            terms?: string;
        };
        CounterOfferView: {
            /**
             * @description Ids of the catalogue capabilities the platform provides
             * @example [
             *       "notifications"
             *     ]
             */
            capabilities: string[];
            /**
             * @description KZT, a decimal string
             * @example 350000000.00
             */
            costKzt: string;
            /** Format: date */
            deliveryDate: string;
            terms: string | null;
        };
        CountsView: {
            added: number;
            changed: number;
            /** @description Systems the file no longer lists: marked, never deleted */
            markedMissing: number;
            /** @description Systems marked missing before that the file lists again */
            returned: number;
            rows: number;
            unchanged: number;
        };
        CreateCapabilityDto: {
            /** Format: date */
            availableSince?: string | null;
            /** @enum {string} */
            category: "self_service" | "source_and_delivery" | "code_quality_and_security" | "secrets" | "observability" | "environments" | "shared_services";
            descriptions: components["schemas"]["CapabilityDescriptionsDto"];
            /**
             * @description Stable id: lower-case letters, digits and hyphens
             * @example gitlab
             */
            id: string;
            limits: components["schemas"]["CapabilityLimitsDto"];
            names: components["schemas"]["CapabilityNamesDto"];
            /**
             * @description Who answers for the capability
             * @example АО «НИТ»
             */
            owner: string;
            /** Format: date */
            plannedFor?: string | null;
            /** @enum {string} */
            status: "available" | "planned" | "not_planned";
        };
        CreateSubscriptionDto: {
            /** @description Who the subscriber is and why, for administrators */
            description: string;
            /**
             * @description Where deliveries are POSTed: http(s), a public address
             * @example https://example.kz/qaztech/webhooks
             */
            url: string;
        };
        DataDto: {
            ai?: components["schemas"]["AiUseDto"];
            categories?: ("none" | "public_personal_data" | "restricted_personal_data" | "biometric" | "dsp" | "critical_ict")[];
            hosting?: components["schemas"]["HostingDto"];
        };
        DecisionApplicantView: {
            bin: string;
            nameKk: string;
            nameRu: string;
        };
        DecisionBudgetView: {
            /** @description Tenge, as a decimal string */
            amountKzt: string;
            fundingSource?: string | null;
        };
        DecisionChairView: {
            name: string;
            position: string;
        };
        DecisionConditionDto: {
            /** @example 2027-06-30 */
            dueDate: string;
            /** @description Who must meet the condition */
            owner: string;
            text: string;
        };
        DecisionConditionView: {
            /** @example 2027-06-30 */
            dueDate: string;
            owner: string;
            text: string;
        };
        DecisionMeetingView: {
            date: string;
            id: string;
            protocolNumber: string;
        };
        DecisionReasoningView: {
            en?: string | null;
            kk: string;
            ru: string;
        };
        DecisionSystemView: {
            titleEn?: string | null;
            titleKk: string;
            titleRu: string;
        };
        DecisionView: {
            /** @description The capability gaps the decision accepted */
            acceptedGaps: components["schemas"]["AcceptedGapView"][];
            /** @description The reasons (by position) the decision accepted */
            acceptedReasons: number[];
            applicant: components["schemas"]["DecisionApplicantView"];
            budget: components["schemas"]["DecisionBudgetView"];
            capabilitiesFoundMissing: components["schemas"]["MissingCapabilityView"][];
            chair: components["schemas"]["DecisionChairView"];
            conditions: components["schemas"]["DecisionConditionView"][];
            dataCategories: string[];
            decisionId: string;
            /** @example QTX-D-2026-0001 */
            decisionNumber: string;
            issuedAt: string;
            meeting: components["schemas"]["DecisionMeetingView"];
            /** @enum {string} */
            outcome: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
            reasonCategories: string[];
            reasoning: components["schemas"]["DecisionReasoningView"];
            reconsiderationRequestedAt?: string | null;
            /** @description The decision a reconsideration reviewed */
            reconsideredDecisionId?: string | null;
            registrationNumber: string;
            requestId: string;
            revokedAt?: string | null;
            /** @description The chair's qualified signature, when signed */
            signature?: components["schemas"]["ActSignatureView"] | null;
            /**
             * @description Where the decision stands now
             * @enum {string}
             */
            status: "in_force" | "final" | "not_final" | "superseded" | "revoked" | "expired";
            system: components["schemas"]["DecisionSystemView"];
            tally: components["schemas"]["VoteTallyView"];
            validUntil?: string | null;
            version: number;
        };
        DeclareConflictDto: {
            /** @description The conflict of interest, in a sentence */
            reason: string;
        };
        DeliveryPageView: {
            items: components["schemas"]["DeliveryView"][];
            nextCursor?: string;
        };
        DeliveryView: {
            attempts: components["schemas"]["AttemptView"][];
            createdAt: string;
            finishedAt: string | null;
            id: string;
            /** @description For a pending delivery */
            nextAttemptAt: string | null;
            publicationId: string;
            recordNumber: string;
            sequence: number;
            /** @enum {string} */
            status: "pending" | "delivered" | "dead" | "cancelled";
        };
        EntryActorView: {
            agencyBin?: string | null;
            id: string;
            name?: string | null;
            role: string;
        };
        EntryPageView: {
            items: components["schemas"]["EntryView"][];
            nextCursor?: string;
        };
        EntryView: {
            actor: components["schemas"]["EntryActorView"];
            appendedAt: string;
            /** @description For a step the system took by itself: the act that caused it, and whose it was */
            causedBy?: components["schemas"]["EventCauseView"] | null;
            erased: boolean;
            eventId: string;
            index: number;
            leafHash: string;
            occurredAt: string;
            /** @description The event's payload; null once erased (the leaf and its proofs remain valid) */
            payload?: {
                [key: string]: unknown;
            } | null;
            previousRequestLeaf?: string | null;
            requestId?: string | null;
            /** @example intake */
            source: string;
            sourceSequence: number;
            /** @example request.submitted.v1 */
            type: string;
        };
        ErrorBodyView: {
            /**
             * @description Stable code a client branches on; never renamed or reused
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description One entry per wrong field; empty for an error of the whole request */
            details: components["schemas"]["ErrorDetailView"][];
            /** @description What went wrong, in the language of Accept-Language (kk, ru, en) */
            message: string;
            /** @description The x-request-id of the answer, to quote to support */
            requestId: string;
        };
        ErrorDetailView: {
            /**
             * @description Stable code of what is wrong with the field
             * @example INVALID_BIN
             */
            code: string;
            /**
             * @description Dotted path of the field in the body, query or path
             * @example applicant.bin
             */
            field: string;
            /** @description The field's problem in the language of Accept-Language (kk, ru, en) */
            message: string;
        };
        EventCauseActorView: {
            agencyBin?: string;
            id: string;
            name?: string;
            role: string;
        };
        EventCauseView: {
            actor: components["schemas"]["EventCauseActorView"];
            eventId?: string | null;
            type?: string | null;
        };
        FieldRemarkDto: {
            /** @description Dotted path of the field in the request, e.g. `budget.amountKzt` */
            field: string;
            remark: string;
        };
        FieldRemarkView: {
            field: string;
            remark: string;
        };
        GapAnswerDto: {
            /**
             * @description confirmed: the gap is real; available_now / available_by: the platform serves it; not_in_catalogue
             * @enum {string}
             */
            answer: "confirmed" | "available_now" | "available_by" | "not_in_catalogue";
            /**
             * @description For available_by: the date the platform serves it
             * @example 2027-09-01
             */
            availableBy?: string;
            /** @example notifications */
            capabilityId: string;
            note?: string;
            /** @description The reason's position in the reviewed version's justification.reasons, from 0 */
            reasonIndex: number;
        };
        GapAnswerView: {
            /** @enum {string} */
            answer: "confirmed" | "available_now" | "available_by" | "not_in_catalogue";
            /** @example 2027-09-01 */
            availableBy: string | null;
            capabilityId: string;
            note: string | null;
            reasonIndex: number;
        };
        GlossaryTermDto: {
            /** @enum {string} */
            kind: "function" | "data_object" | "term";
            /**
             * @description Kazakh stems: a word matches when it starts with one
             * @example [
             *       "тірке"
             *     ]
             */
            kk: string[];
            /**
             * @description Russian stems
             * @example [
             *       "регистрац"
             *     ]
             */
            ru: string[];
        };
        GlossaryTermView: {
            /** @example vehicle */
            id: string;
            /** @enum {string} */
            kind: "function" | "data_object" | "term";
            /** @description Kazakh stems */
            kk: string[];
            /** @description Russian stems */
            ru: string[];
            /** @description From the seed file, not yet changed by the admin */
            seeded: boolean;
        };
        GlossaryView: {
            items: components["schemas"]["GlossaryTermView"][];
        };
        HistoryAnswer: {
            chain: components["schemas"]["ChainCheckAnswer"];
            /** @description The newest step ties the chain to a checkpoint */
            newestStepInclusion?: components["schemas"]["InclusionProofAnswer"] | null;
            registrationNumber?: string | null;
            requestId: string;
            steps: components["schemas"]["HistoryStepAnswer"][];
        };
        HistoryStepAnswer: {
            actor: components["schemas"]["EntryActorView"];
            appendedAt: string;
            /** @description For a step the system took by itself: the act that caused it, and whose it was */
            causedBy?: components["schemas"]["EventCauseView"] | null;
            erased: boolean;
            eventId: string;
            index: number;
            leafHash: string;
            occurredAt: string;
            /** @description The event's payload; null once erased (the leaf and its proofs remain valid) */
            payload?: {
                [key: string]: unknown;
            } | null;
            previousRequestLeaf?: string | null;
            requestId?: string | null;
            /** @example intake */
            source: string;
            sourceSequence: number;
            /** @example request.submitted.v1 */
            type: string;
            /** @description The request version the step concerns */
            version?: number | null;
            /** @description The step in words */
            what: string;
        };
        HostingDto: {
            inKazakhstan?: boolean | null;
            /** @description Data centre or provider */
            location?: string | null;
        };
        ImportInventoryDto: {
            /** @description The file’s text. CSV columns: object_id, owner_bin, owner_name, name_kk, name_ru, status, functions, data_objects, go_live_date, description (lists separated by ";"); JSON: an array (or {"systems": [...]}) of objects with the same fields in camelCase */
            content: string;
            /** @description Say what would change, and change nothing */
            dryRun?: boolean;
            /** @enum {string} */
            format: "csv" | "json";
            /**
             * @description Where the file came from, e.g. the portal export’s name and date
             * @example АП ЭП выгрузка 2027-01-15
             */
            source: string;
        };
        InclusionProofAnswer: {
            /** @description The signed checkpoint note */
            checkpoint: string;
            index: number;
            leafHash: string;
            /** @description Hex hashes, RFC 9162 order */
            proof: string[];
            rootHash: string;
            /** @description Tree size of the signed checkpoint the proof is against */
            size: number;
        };
        InventoryImportResultView: {
            counts: components["schemas"]["CountsView"];
            dryRun: boolean;
            /** @description Null on a dry run */
            importId: string | null;
            version: number;
        };
        InventoryImportsView: {
            items: components["schemas"]["InventoryImportView"][];
        };
        InventoryImportView: {
            counts: components["schemas"]["CountsView"];
            /** @enum {string} */
            format: "csv" | "json";
            id: string;
            /** Format: date-time */
            importedAt: string;
            source: string;
            version: number;
        };
        InventorySystemView: {
            /** @description The last import that listed it no longer does */
            missing: boolean;
            record: components["schemas"]["SystemRecordView"];
            versions: components["schemas"]["SystemVersionView"][];
        };
        IssuedDecisionView: {
            /** @description The capability gaps the decision accepted */
            acceptedGaps: components["schemas"]["AcceptedGapView"][];
            /** @description The reasons (by position) the decision accepted */
            acceptedReasons: number[];
            applicant: components["schemas"]["DecisionApplicantView"];
            budget: components["schemas"]["DecisionBudgetView"];
            capabilitiesFoundMissing: components["schemas"]["MissingCapabilityView"][];
            chair: components["schemas"]["DecisionChairView"];
            conditions: components["schemas"]["DecisionConditionView"][];
            dataCategories: string[];
            decisionId: string;
            /** @example QTX-D-2026-0001 */
            decisionNumber: string;
            issuedAt: string;
            meeting: components["schemas"]["DecisionMeetingView"];
            /** @enum {string} */
            outcome: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
            reasonCategories: string[];
            reasoning: components["schemas"]["DecisionReasoningView"];
            /** @description The decision a reconsideration reviewed */
            reconsideredDecisionId?: string | null;
            registrationNumber: string;
            requestId: string;
            /** @description The chair's qualified signature, when signed */
            signature?: components["schemas"]["ActSignatureView"] | null;
            system: components["schemas"]["DecisionSystemView"];
            tally: components["schemas"]["VoteTallyView"];
            validUntil?: string | null;
            version: number;
        };
        IssueDecisionDto: {
            /** @description The claimed capability gaps the Commission accepted; the register lists them as found missing */
            acceptedGaps?: components["schemas"]["AcceptedGapDto"][];
            /** @description The reasons the Commission accepted: positions in the decided version's justification.reasons */
            acceptedReasons?: number[];
            /** @description On a refusal: the technical opinion's counter-offer becomes the platform operator's obligation to the applicant */
            bindCounterOffer?: boolean;
            /**
             * @description The chair's position, as signed
             * @example Председатель Комиссии
             */
            chairPosition: string;
            /** @description Required for, and only for, approval with conditions */
            conditions?: components["schemas"]["DecisionConditionDto"][];
            /** @enum {string} */
            outcome: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
            /** @description The reasoning in Kazakh and Russian (English optional) */
            reasoning: components["schemas"]["ReasoningDto"];
            /** @description The qualified signature over this act’s signing document; required when SIGNATURES_REQUIRED is on */
            signature?: components["schemas"]["ActSignatureDto"];
            /** @description Last day the exemption is valid: required for approvals */
            validUntil?: string;
        };
        JsonWebKeySetView: {
            /** @description Current and retired keys: every signature ever made verifies */
            keys: components["schemas"]["JsonWebKeyView"][];
        };
        JsonWebKeyView: {
            /** @example EdDSA */
            alg?: string;
            /** @example Ed25519 */
            crv: string;
            kid: string;
            /** @example OKP */
            kty: string;
            /** @example sig */
            use?: string;
            x: string;
        };
        JustificationDto: {
            alternativesAssessed?: components["schemas"]["AlternativeDto"][];
            reasons?: components["schemas"]["ReasonDto"][];
        };
        LedgerAnchorView: {
            /** @description The signed checkpoint note (C2SP signed note) of treeSize */
            checkpoint: string;
            leafIndex: number;
            rootHash: string;
            treeSize: number;
        };
        LedgerEntryAnswer: {
            actor: components["schemas"]["EntryActorView"];
            appendedAt: string;
            /** @description For a step the system took by itself: the act that caused it, and whose it was */
            causedBy?: components["schemas"]["EventCauseView"] | null;
            erased: boolean;
            eventId: string;
            inclusion: components["schemas"]["InclusionProofAnswer"];
            index: number;
            /** @description The leaf, base64 */
            leaf: string;
            leafHash: string;
            occurredAt: string;
            /** @description The event's payload; null once erased (the leaf and its proofs remain valid) */
            payload?: {
                [key: string]: unknown;
            } | null;
            previousRequestLeaf?: string | null;
            requestId?: string | null;
            salt?: string | null;
            /** @example intake */
            source: string;
            sourceSequence: number;
            /** @example request.submitted.v1 */
            type: string;
        };
        LoadFiguresDto: {
            /** @description The system's peak load, in the unit */
            peak?: number | null;
            /** @description The capability's limit as the catalogue publishes it, in the unit */
            publishedLimit?: number | null;
            /** @enum {string|null} */
            unit?: "requests_per_second" | "messages_per_second" | "transactions_per_day" | "concurrent_users" | "storage_terabytes" | null;
        };
        LocalizedTextView: {
            en: string;
            kk: string;
            ru: string;
        };
        MatchedTermView: {
            /** @description The glossary concept both texts name */
            concept: string;
            /** @enum {string} */
            kind: "function" | "data_object" | "term";
            /** @description How the hit names it */
            match?: components["schemas"]["MatchedWordsView"] | null;
            /** @description How the request names it */
            request?: components["schemas"]["MatchedWordsView"] | null;
        };
        MatchedWordsView: {
            /** @enum {string} */
            language: "kk" | "ru";
            /** @description The words as the text has them */
            words: string;
        };
        MeetingMemberDto: {
            /** @description The chair: exactly one member */
            chair?: boolean;
            /** @description The member's user id (token subject) */
            id: string;
            name: string;
            /** @description BIN of the member's organisation: a member of the applicant is recused */
            organisationBin?: string;
        };
        MeetingMemberView: {
            chair: boolean;
            id: string;
            name: string;
            /** @description BIN of the organisation the member works for */
            organisationBin?: string | null;
        };
        MeetingView: {
            /** @example 2026-03-24 */
            date: string;
            id: string;
            members: components["schemas"]["MeetingMemberView"][];
            /** @description Ids of the members present, once attendance is taken */
            present?: string[] | null;
            protocolNumber: string;
        };
        MethodView: {
            description: string;
            name: string;
            version: string;
        };
        Minutes: {
            absent: string[];
            date: string;
            items: components["schemas"]["MinutesItem"][];
            meetingId: string;
            members: components["schemas"]["MeetingMemberView"][];
            present: string[];
            protocolNumber: string;
        };
        MinutesDecisionView: {
            id: string;
            number: string;
            /** @enum {string} */
            outcome: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
        };
        MinutesItem: {
            decision?: components["schemas"]["MinutesDecisionView"] | null;
            itemId: string;
            /** @enum {string|null} */
            outcome?: "carried" | "not_carried" | "no_quorum" | null;
            position: number;
            recusals: components["schemas"]["VoteView"][];
            requestId: string;
            /** @enum {string} */
            status: "open" | "closed";
            tally?: components["schemas"]["VoteTallyView"] | null;
            version: number;
            votes: components["schemas"]["VoteView"][];
        };
        MinutesSignatureView: {
            /**
             * @description Digest of the CMS: the signature’s name in the ledger
             * @example sha256:…
             */
            cmsDigest: string;
            /**
             * @description Digest of the minutes as signed
             * @example sha256:…
             */
            contentDigest: string;
            /** Format: uuid */
            meetingId: string;
            signerIin: string | null;
            signerName: string;
        };
        MissingCapabilityView: {
            capabilityId: string;
            /** @enum {string} */
            gap: "absent" | "insufficient";
        };
        OpinionView: {
            authorId: string;
            authorName: string;
            counterOffer: components["schemas"]["CounterOfferView"] | null;
            findings: string;
            gapAnswers: components["schemas"]["GapAnswerView"][];
            id: string;
            /** @enum {string} */
            kind: "technical" | "security" | "legal";
            proposedConditions: string[];
            reasonRatings: components["schemas"]["ReasonRatingView"][];
            requestId: string;
            round: number;
            submittedAt: string;
            verdict: string;
            version: number;
        };
        OverlapCountsView: {
            precedents: number;
            requests: number;
            systems: number;
        };
        OverlapHitRefView: {
            /** @enum {string} */
            kind: "system" | "request" | "decision";
            label: string;
            ref: string;
            score: number;
        };
        OverlapHitView: {
            agency: components["schemas"]["AgencyView"];
            /** @description Status and dates; for a precedent its outcome and the capabilities found missing */
            details: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            kind: "system" | "request" | "decision";
            label: string;
            reasons: components["schemas"]["OverlapReasonsView"];
            /** @description Object id, request id, or register record number */
            ref: string;
            score: number;
            titleKk: string;
            titleRu: string;
        };
        OverlapMethodRefView: {
            name: string;
            version: string;
        };
        OverlapReasonsView: {
            /** @description Data objects both handle */
            dataObjects: string[];
            /** @description Both say what they do, and nothing they do is shared: the score was lowered */
            differentFunctions: boolean;
            /** @description Function codes both declare */
            functions: string[];
            terms: components["schemas"]["MatchedTermView"][];
            /** @description Trigram similarity of the titles, 0 to 1 */
            titleSimilarity: number;
            words: components["schemas"]["SharedWordView"][];
        };
        OverlapReportRefView: {
            /**
             * @description Automated output: it ranks and explains, a person decides
             * @enum {boolean}
             */
            automated: true;
            computedAt: string;
            counts: components["schemas"]["OverlapCountsView"];
            method: components["schemas"]["OverlapMethodRefView"];
            /** @description The catalogue route with the whole report (Commission and auditors) */
            path: string;
            reportId: string;
            top: components["schemas"]["OverlapHitRefView"][];
        };
        OverlapReportView: {
            automated: components["schemas"]["AutomatedView"];
            id: string;
            /** @description Published decisions, with outcome and capabilities found missing */
            precedents: components["schemas"]["OverlapHitView"][];
            registrationNumber: string | null;
            requestId: string;
            /** @description Other agencies’ requests in flight */
            requests: components["schemas"]["OverlapHitView"][];
            requestVersion: number;
            subject: components["schemas"]["SubjectView"];
            /** @description Existing systems of the inventory */
            systems: components["schemas"]["OverlapHitView"][];
            /** @enum {string} */
            trigger: "submitted" | "resubmitted" | "on_demand";
        };
        PlaceOnAgendaDto: {
            requestId: string;
        };
        PlatformObligationsView: {
            items: components["schemas"]["PlatformObligationView"][];
        };
        PlatformObligationView: {
            /** @description The decision that refused the exemption on the basis of the offer */
            decisionNumber: string;
            id: string;
            offer: components["schemas"]["CounterOfferView"];
            /** @description Who made the offer for the platform operator */
            offeredBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example QTX-2026-000123 */
            registrationNumber: string;
            requestId: string;
        };
        PublicRecordLinksView: {
            correctionOf?: string | null;
            jwks: string;
            self: string;
            supersededBy?: string | null;
        };
        PublicRecordPageView: {
            items: components["schemas"]["PublicRecordView"][];
            /** @description Null on the last page */
            nextCursor?: string | null;
        };
        PublicRecordView: {
            /** @description The ledger checkpoint that contains it */
            anchor?: components["schemas"]["LedgerAnchorView"] | null;
            /** @description Compact JWS (EdDSA) over the record's canonical JSON */
            jws: string;
            /** @description The key in /public/jwks.json */
            kid: string;
            links: components["schemas"]["PublicRecordLinksView"];
            record: components["schemas"]["PublishedRecordView"];
            sequence: number;
            /** @description The number of the record that corrects this one */
            supersededBy?: string | null;
            /** @enum {string|null} */
            supersededByKind?: "decision" | "revocation" | "expiry" | null;
        };
        PublicRecordWithSimilarView: {
            /** @description The ledger checkpoint that contains it */
            anchor?: components["schemas"]["LedgerAnchorView"] | null;
            /** @description Compact JWS (EdDSA) over the record's canonical JSON */
            jws: string;
            /** @description The key in /public/jwks.json */
            kid: string;
            links: components["schemas"]["PublicRecordLinksView"];
            record: components["schemas"]["PublishedRecordView"];
            sequence: number;
            /** @description Public precedents only; chosen automatically, not part of the decision */
            similarDecisions: components["schemas"]["SimilarDecisionView"][];
            /** @description The number of the record that corrects this one */
            supersededBy?: string | null;
            /** @enum {string|null} */
            supersededByKind?: "decision" | "revocation" | "expiry" | null;
        };
        PublishedRecordView: {
            applicant: components["schemas"]["RecordApplicantView"];
            budget: components["schemas"]["RecordBudgetView"];
            /** @description Records of decisions: the QazTech capabilities the Commission found missing */
            capabilitiesFoundMissing?: components["schemas"]["RecordMissingCapabilityView"][];
            conditions: components["schemas"]["RecordConditionView"][];
            /** @description The earlier record this one corrects */
            correctionOf?: string | null;
            dataCategories: string[];
            decidedAt: string;
            decisionNumber: string;
            /** @description Records of version 2: true only on an approval’s own record */
            exemptionInForce?: boolean;
            /** @enum {string} */
            kind: "decision" | "revocation" | "expiry";
            meeting: components["schemas"]["RecordMeetingView"];
            /** @enum {string} */
            outcome: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
            publishedAt: string;
            reasonCategories: string[];
            /** @description The record's own number in the register */
            recordNumber: string;
            registrationNumber: string;
            /** @description Records of version 2, on a revocation */
            revocation?: components["schemas"]["RecordRevocationView"] | null;
            signedBy: components["schemas"]["RecordSignerView"];
            system: components["schemas"]["RecordSystemView"];
            texts: components["schemas"]["RecordTextsView"];
            validUntil?: string | null;
        };
        ReasonDto: {
            /** @description The catalogue capabilities this reason concerns, and what each lacks */
            capabilities?: components["schemas"]["CapabilityClaimDto"][];
            /** @enum {string|null} */
            category?: "state_secrets" | "dsp_data" | "special_hardware_or_network" | "performance_or_scale" | "legal_mandate" | "integration_constraints" | "international_obligations" | "other" | null;
            /** @description The evidence the reason's category calls for */
            evidence?: components["schemas"]["ReasonEvidenceDto"];
            /** @description Why this makes QazTech impossible for the system */
            explanation?: string | null;
        };
        ReasonEvidenceDto: {
            /** @description state_secrets: the reference of the classification act */
            classificationActRef?: string | null;
            /** @description dsp_data: the item of the official list of restricted information */
            dspListItem?: string | null;
            /**
             * @description legal_mandate: the act id as on adilet.zan.kz (Z…, P…, V…)
             * @example Z1500000418
             */
            legalActId?: string | null;
            /** @description performance_or_scale: the load beside the capability's published limit */
            load?: components["schemas"]["LoadFiguresDto"];
            /** @description special_hardware_or_network: the specification of the hardware or network */
            specification?: string | null;
            /** @description international_obligations: the treaty */
            treaty?: string | null;
        };
        ReasoningDto: {
            en?: string;
            kk: string;
            ru: string;
        };
        ReasonRatingDto: {
            /** @enum {string} */
            rating: "supported" | "partly" | "not_supported";
            /** @description The reason's position in the reviewed version's justification.reasons, from 0 */
            reasonIndex: number;
            /** @description Required unless supported: what the expert requires of the applicant */
            requiredAction?: string;
        };
        ReasonRatingView: {
            /** @enum {string} */
            rating: "supported" | "partly" | "not_supported";
            reasonIndex: number;
            requiredAction: string | null;
        };
        ReconsiderationView: {
            decisionId: string;
            /** @description Who may not review the reconsideration: the authors of the opinions it reconsiders */
            excludedReviewers: string[];
            expertTaskIds: string[];
            grounds: string;
            requestId: string;
            /** @description The request version the reconsideration reviews */
            version: number;
        };
        RecordApplicantView: {
            bin: string;
            nameKk: string;
            nameRu: string;
        };
        RecordAttendanceDto: {
            /** @description Ids of the members present */
            present: string[];
        };
        RecordBudgetView: {
            /** @description Tenge, as a decimal string */
            amountKzt: string;
            fundingSource?: string | null;
        };
        RecordConditionView: {
            dueDate: string;
            owner: string;
            text: string;
        };
        RecordMeetingView: {
            date: string;
            protocolNumber: string;
        };
        RecordMissingCapabilityView: {
            capabilityId: string;
            /** @enum {string} */
            gap: "absent" | "insufficient";
        };
        RecordRevocationView: {
            reasons: string;
        };
        RecordSignerView: {
            name: string;
            position: string;
        };
        RecordSystemView: {
            titleEn?: string | null;
            titleKk: string;
            titleRu: string;
        };
        RecordTextsView: {
            en?: string | null;
            kk: string;
            ru: string;
        };
        ReplaceCalendarDto: {
            /** @description Every day of the year that differs from Monday-to-Friday: replaces the year's data */
            days: components["schemas"]["CalendarDayDto"][];
        };
        RequestContentDto: {
            applicant?: components["schemas"]["ApplicantDto"];
            budget?: components["schemas"]["BudgetDto"];
            data?: components["schemas"]["DataDto"];
            justification?: components["schemas"]["JustificationDto"];
            system?: components["schemas"]["SystemDto"];
            timeline?: components["schemas"]["TimelineDto"];
        };
        RequestPageView: {
            items: components["schemas"]["RequestView"][];
            nextCursor?: string;
        };
        RequestReconsiderationDto: {
            grounds: string;
        };
        RequestView: {
            agencyBin: string;
            /** @description What the request allows next */
            allowedActions: unknown[][];
            attachments: components["schemas"]["AttachmentView"][];
            content: components["schemas"]["RequestContentDto"];
            createdAt: string;
            /** @description Send back in If-Match to edit */
            etag: string;
            /** @description The request form the draft follows: 2 asks capability claims and typed evidence for each reason, 1 is the older form */
            formVersion: number;
            id: string;
            /** @example QTX-2026-000123 */
            registrationNumber?: string | null;
            /** @description The secretariat's remarks when returned */
            returnRemarks?: components["schemas"]["FieldRemarkView"][] | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "screening" | "returned" | "expert_review" | "on_agenda" | "decided" | "published" | "withdrawn" | "expired" | "revoked" | "reconsideration";
            submittedAt?: string | null;
            updatedAt: string;
            /** @description The version being edited, or the last one submitted */
            version: number;
        };
        RetireCapabilityDto: {
            /** @description Why the entry leaves the catalogue */
            reason: string;
        };
        ReturnForRevisionDto: {
            remarks: components["schemas"]["FieldRemarkDto"][];
        };
        RevokedDecisionView: {
            decisionId: string;
            decisionNumber: string;
            reasons: string;
            requestId: string;
            revokedAt: string;
            /** @description The chair's qualified signature, when signed */
            signature?: components["schemas"]["ActSignatureView"] | null;
        };
        RevokeDecisionDto: {
            reasons: string;
            /** @description The qualified signature over this act’s signing document; required when SIGNATURES_REQUIRED is on */
            signature?: components["schemas"]["ActSignatureDto"];
        };
        ScheduleMeetingDto: {
            /** @example 2026-12-10 */
            date: string;
            /** @description The members expected */
            members: components["schemas"]["MeetingMemberDto"][];
            /** @example 12/2026 */
            protocolNumber: string;
        };
        SearchItemView: {
            /** @description In the inventory, in flight, standing, or in the catalogue in force */
            active: boolean;
            agencyBin: string | null;
            details: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            kind: "system" | "request" | "decision" | "capability";
            label: string;
            ref: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SearchPageView: {
            items: components["schemas"]["SearchItemView"][];
            nextCursor?: string;
        };
        SharedWordView: {
            /** @enum {string} */
            language: "kk" | "ru";
            /** @description The lexeme PostgreSQL’s text search made of the word */
            word: string;
        };
        SignedActDto: {
            /** @description The qualified signature; required when SIGNATURES_REQUIRED is on */
            signature?: components["schemas"]["ActSignatureDto"];
        };
        SigningDocumentView: {
            /** @example review.decision */
            act: string;
            /** @description Base64 of the exact bytes to sign (RFC 8785 canonical JSON of the act) */
            content: string;
            /** @example sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            digest: string;
            /**
             * @description How NCALayer is asked to sign it
             * @example createCMSSignatureFromBase64, detached
             */
            signWith: string;
        };
        SimilarDecisionView: {
            decisionNumber: string;
            /** @description The similar record in this register */
            href: string;
            outcome: string;
            recordNumber: string;
            score: number;
            titleKk: string;
            titleRu: string;
        };
        SubjectView: {
            /** @description Glossary concepts found in its texts */
            concepts: string[];
            dataObjects: string[];
            functions: string[];
            titleKk: string;
            titleRu: string;
        };
        SubmitOpinionDto: {
            /** @description Technical opinion, where the platform can serve: what it offers instead */
            counterOffer?: components["schemas"]["CounterOfferDto"];
            findings: string;
            /** @description Technical opinion: an answer to every capability gap the reviewed version claims */
            gapAnswers?: components["schemas"]["GapAnswerDto"][];
            /** @description Conditions the expert proposes the Commission attach */
            proposedConditions?: string[];
            /** @description Security and legal opinions: a rating of every reason */
            reasonRatings?: components["schemas"]["ReasonRatingDto"][];
            /** @description The qualified signature over this act’s signing document; required when SIGNATURES_REQUIRED is on */
            signature?: components["schemas"]["ActSignatureDto"];
            /** @enum {string} */
            verdict: "supports" | "supports_with_conditions" | "objects";
            /** @description The request version reviewed; it must be the current one */
            version: number;
        };
        SubscriptionPageView: {
            items: components["schemas"]["SubscriptionView"][];
            nextCursor?: string;
        };
        SubscriptionView: {
            createdAt: string;
            description: string;
            disabledAt: string | null;
            id: string;
            /** @description Until when deliveries are also signed with the previous secret */
            previousSecretValidUntil: string | null;
            secretRotatedAt: string | null;
            /** @enum {string} */
            status: "active" | "disabled";
            url: string;
        };
        SubscriptionWithSecretView: {
            createdAt: string;
            description: string;
            disabledAt: string | null;
            id: string;
            /** @description Until when deliveries are also signed with the previous secret */
            previousSecretValidUntil: string | null;
            /** @description The signing secret: shown only in this answer, keep it safe */
            secret: string;
            secretRotatedAt: string | null;
            /** @enum {string} */
            status: "active" | "disabled";
            url: string;
        };
        SystemDto: {
            /**
             * @description The object's id in the Architecture portal of e-government, when it has one
             * @example 104523
             */
            architectureObjectId?: string | null;
            /** @description The kinds of records it keeps (vocabulary) */
            dataObjects?: ("person" | "legal_entity" | "individual_entrepreneur" | "state_body" | "vehicle" | "land_plot" | "real_estate" | "address" | "identity_document" | "civil_status_record" | "license_or_permit" | "tax_payment" | "social_payment" | "medical_record" | "education_record" | "court_case" | "offence_record" | "procurement_contract" | "budget_program" | "citizen_appeal" | "emergency_event" | "geospatial_object" | "document" | "classified_information")[] | null;
            expectedUsers?: number | null;
            /** @description The state functions it performs (vocabulary) */
            functions?: ("civil_registration" | "identity_documents" | "population_registration" | "migration_control" | "tax_administration" | "customs_control" | "budget_execution" | "public_procurement" | "state_property_management" | "social_benefits" | "pensions" | "employment_services" | "healthcare_records" | "medical_services" | "education_admission" | "education_records" | "land_registration" | "real_estate_registration" | "vehicle_registration" | "driver_licensing" | "business_registration" | "licensing_and_permits" | "inspections" | "statistics" | "emergency_response" | "public_alerting" | "law_enforcement_records" | "court_proceedings" | "enforcement_of_judgments" | "notary_services" | "citizen_appeals" | "public_services_delivery" | "document_management" | "agriculture_subsidies" | "environmental_monitoring" | "transport_management" | "military_registration" | "state_secrets_protection")[] | null;
            /** @description What the function codes do not say */
            functionsNote?: string | null;
            /**
             * @description The state investment project id, when the build has one
             * @example IP-2026-0412
             */
            investmentProjectId?: string | null;
            /** @enum {string|null} */
            kind?: "new_system" | "new_module" | "development_of_existing" | null;
            purpose?: string | null;
            titleEn?: string | null;
            titleKk?: string | null;
            titleRu?: string | null;
        };
        SystemRecordView: {
            dataObjects: string[];
            description: string | null;
            functions: string[];
            /** Format: date */
            goLiveDate: string | null;
            nameKk: string;
            nameRu: string;
            objectId: string;
            ownerBin: string;
            ownerName: string;
            /** @enum {string} */
            status: "creation" | "pilot" | "industrial" | "development" | "terminated";
        };
        SystemVersionView: {
            /** @enum {string} */
            change: "added" | "changed" | "marked_missing" | "returned";
            /** Format: date-time */
            importedAt: string;
            importId: string;
            importVersion: number;
            record: components["schemas"]["SystemRecordView"];
        };
        TaskPageView: {
            items: components["schemas"]["TaskView"][];
            nextCursor?: string;
        };
        TaskView: {
            assigneeId?: string | null;
            assigneeName?: string | null;
            createdAt: string;
            dueAt: string;
            /** @description Last working day, Asia/Almaty */
            dueDate: string;
            /** @description When the secretary was alerted */
            escalatedAt?: string | null;
            id: string;
            outcome?: string | null;
            /** @description Past its due time */
            overdue: boolean;
            /** @description On screening and expert tasks: the overlap report of the version, once the catalogue computed it */
            overlapReport?: components["schemas"]["OverlapReportRefView"] | null;
            priority: number;
            requestId: string;
            /** @description 1 for the case, 2 for its reconsideration */
            round: number;
            /** @enum {string} */
            stage: "screening" | "technical" | "security" | "legal" | "agenda";
            /** @enum {string} */
            status: "open" | "claimed" | "done" | "cancelled";
            /** @description The request version the task concerns */
            version: number;
        };
        ThroughputDto: {
            /** @enum {string} */
            unit: "requests_per_second" | "messages_per_second" | "transactions_per_day" | "concurrent_users" | "storage_terabytes";
            /** @example 500 */
            value: number;
        };
        TilesCheckAnswer: {
            ok: boolean;
            size: number;
        };
        TimelineDto: {
            /** @example 2027-12-01 */
            goLive?: string | null;
            /** @example 2027-01-15 */
            plannedStart?: string | null;
        };
        VerificationAnswer: {
            anchoredOutside: number;
            chainsChecked: number;
            checkpoints: number;
            checkpointsNotCovered: number;
            entries: number;
            entriesWithoutCheckpoint: number;
            erasedPayloads: number;
            firstBadIndex?: number;
            latestCheckpoint?: components["schemas"]["CheckpointSummaryAnswer"];
            ok: boolean;
            problem?: components["schemas"]["VerificationProblemAnswer"];
            /** @description Proofs are served from the tiles: their root must be the latest signed one */
            tiles?: components["schemas"]["TilesCheckAnswer"] | null;
        };
        VerificationProblemAnswer: {
            code: string;
            index?: number;
            message: string;
        };
        VersionSummaryView: {
            registrationNumber: string;
            submittedAt: string;
            submittedBy: string;
            version: number;
        };
        VersionView: {
            attachments: components["schemas"]["AttachmentView"][];
            content: components["schemas"]["RequestContentDto"];
            registrationNumber: string;
            submittedAt: string;
            submittedBy: string;
            version: number;
        };
        VoteTallyView: {
            abstain: number;
            against: number;
            /**
             * @description The chair's vote, when it broke a tie
             * @enum {string|null}
             */
            castingVote?: "for" | "against" | null;
            for: number;
            membership: number;
            present: number;
            quorumMet: boolean;
            recused: number;
        };
        VoteView: {
            castAt: string;
            /** @enum {string} */
            choice: "for" | "against" | "abstain" | "recused";
            /** @description Why the member is recused */
            grounds?: string | null;
            itemId: string;
            memberId: string;
            memberName: string;
            reason?: string | null;
        };
        WithdrawRequestDto: {
            /** @description Why the agency withdraws the request */
            reason: string;
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
    ProofsController_entry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryAnswer"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CHECKPOINT_NOT_FOUND, LEDGER_ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CHECKPOINT_NOT_FOUND" | "LEDGER_ENTRY_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description Subject of the actor */
                actor?: string;
                /** @description BIN of the acting agency */
                agencyBin?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Occurred at or after (ISO 8601) */
                from?: string;
                limit?: number;
                order?: "newest" | "oldest";
                registrationNumber?: string;
                requestId?: string;
                /** @description Occurred before (ISO 8601) */
                to?: string;
                /** @description One or more, comma-separated or repeated */
                type?: ("request.created.v1" | "request.updated.v1" | "request.attachment_added.v1" | "request.submitted.v1" | "request.resubmitted.v1" | "request.withdrawn.v1" | "request.returned.v1" | "review.task_created.v1" | "review.task_claimed.v1" | "review.task_released.v1" | "review.task_assigned.v1" | "review.task_cancelled.v1" | "request.screening_started.v1" | "request.accepted_for_review.v1" | "review.opinion_submitted.v1" | "request.ready_for_agenda.v1" | "meeting.scheduled.v1" | "meeting.attendance_recorded.v1" | "meeting.minutes_signed.v1" | "request.placed_on_agenda.v1" | "vote.cast.v1" | "vote.recused.v1" | "agenda.item_closed.v1" | "request.deferred.v1" | "decision.issued.v1" | "decision.revoked.v1" | "platform.obligation_recorded.v1" | "reconsideration.requested.v1" | "exemption.expired.v1" | "deadline.missed.v1" | "calendar.updated.v1" | "decision.published.v1" | "decision.published.v2" | "webhook.subscription_created.v1" | "webhook.subscription_disabled.v1" | "webhook.secret_rotated.v1" | "audit.accessed.v1" | "audit.redelivery_requested.v1" | "audit.publication_anchored.v1" | "catalogue.capability_created.v1" | "catalogue.capability_updated.v1" | "catalogue.capability_status_changed.v1" | "catalogue.capability_retired.v1" | "catalogue.inventory_imported.v1" | "catalogue.glossary_term_added.v1" | "overlap.report_computed.v1" | "overlap.similar_decisions_found.v1")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPageView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ExportController_export: {
        parameters: {
            query?: {
                /** @description Entries appended at or after (ISO 8601); the whole log when both are absent */
                from?: string;
                /** @description Entries appended before (ISO 8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One JSON document a line: entries, then checkpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TlogController_checkpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest signed checkpoint (C2SP signed note) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CHECKPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CHECKPOINT_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TlogController_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verifier keys of the checkpoints, one a line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TlogController_tile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description What follows `tile/`: `<L>/<N>[.p/<W>]` or `entries/<N>[.p/<W>]` */
                path: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description TILE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TILE_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ProofsController_consistency: {
        parameters: {
            query?: {
                /** @description Size of the older checkpoint */
                from?: number;
                /** @description Size of the newer checkpoint; the latest when absent */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProofAnswer"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CHECKPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CHECKPOINT_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ProofsController_inclusion: {
        parameters: {
            query?: {
                /** @description Index of the entry */
                index?: number;
                /** @description Tree size of a signed checkpoint; the latest when absent */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProofAnswer"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CHECKPOINT_NOT_FOUND, LEDGER_ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CHECKPOINT_NOT_FOUND" | "LEDGER_ENTRY_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    HistoryController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryAnswer"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    VerifyController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationAnswer"];
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CapabilitiesController_list: {
        parameters: {
            query?: {
                /** @description The catalogue as it stood at the end of this day (Astana time) */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueDoc"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CapabilitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCapabilityDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityRecordDoc"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CAPABILITY_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_EXISTS";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CapabilitiesController_get: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityRecordDoc"];
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CAPABILITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CapabilitiesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapabilityDescriptionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityRecordDoc"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CAPABILITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_NOT_FOUND";
                    };
                };
            };
            /** @description CAPABILITY_RETIRED, CAPABILITY_UNCHANGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_RETIRED" | "CAPABILITY_UNCHANGED";
                    };
                };
            };
            /** @description CAPABILITY_VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_VERSION_MISMATCH";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CapabilitiesController_retire: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
                /** @description The version the change is based on, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireCapabilityDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityRecordDoc"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CAPABILITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_NOT_FOUND";
                    };
                };
            };
            /** @description CAPABILITY_RETIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_RETIRED";
                    };
                };
            };
            /** @description CAPABILITY_VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_VERSION_MISMATCH";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CapabilitiesController_status: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
                /** @description The version the change is based on, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapabilityStatusDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityRecordDoc"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CAPABILITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_NOT_FOUND";
                    };
                };
            };
            /** @description CAPABILITY_RETIRED, CAPABILITY_UNCHANGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_RETIRED" | "CAPABILITY_UNCHANGED";
                    };
                };
            };
            /** @description CAPABILITY_VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_VERSION_MISMATCH";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CapabilitiesController_versions: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityVersionsDoc"];
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description CAPABILITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CAPABILITY_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OverlapController_terms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryView"];
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OverlapController_putTerm: {
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
                "application/json": components["schemas"]["GlossaryTermDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryTermView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    InventoryController_imports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryImportsView"];
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    InventoryController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportInventoryDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryImportResultView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    InventoryController_system: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                objectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventorySystemView"];
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INVENTORY_SYSTEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVENTORY_SYSTEM_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OverlapController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverlapReportView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description OVERLAP_REPORT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "OVERLAP_REPORT_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OverlapController_recompute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverlapReportView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description OVERLAP_REPORT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "OVERLAP_REPORT_NOT_FOUND";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SearchController_search: {
        parameters: {
            query?: {
                /** @description Only what is in force (true) or only what is not (false) */
                active?: boolean;
                /** @description Owner or applicant BIN */
                agencyBin?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description A data-object code, e.g. vehicle */
                dataObject?: string;
                /** @description A function code, or a glossary concept */
                function?: string;
                /** @description Comma-separated kinds */
                kind?: ("system" | "request" | "decision" | "capability")[];
                limit?: number;
                /** @description Words in Kazakh or Russian (full text, and a substring of the title) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPageView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PublicCapabilitiesController_list: {
        parameters: {
            query?: {
                /** @description The catalogue as it stood at the end of this day (Astana time) */
                asOf?: string;
            };
            header: {
                "accept-language": string;
                /** @description kk, ru or en; without it every entry carries all three */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With Accept-Language, each entry has name and description in that language instead of names and descriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueDoc"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PublicDecisionsController_list: {
        parameters: {
            query?: {
                /** @description BIN of the applicant */
                bin?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description A data category code */
                dataCategory?: string;
                /** @description Decided on or after this date (Asia/Almaty) */
                from?: string;
                limit?: number;
                outcome?: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
                /** @description Words in Kazakh or Russian, found in titles and texts */
                q?: string;
                /** @description A reason category code */
                reasonCategory?: string;
                /** @description Decided on or before this date (Asia/Almaty) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRecordPageView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PublicFeedsController_atom: {
        parameters: {
            query?: {
                /** @description BIN of the applicant */
                bin?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description A data category code */
                dataCategory?: string;
                /** @description Decided on or after this date (Asia/Almaty) */
                from?: string;
                limit?: number;
                outcome?: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
                /** @description Words in Kazakh or Russian, found in titles and texts */
                q?: string;
                /** @description A reason category code */
                reasonCategory?: string;
                /** @description Decided on or before this date (Asia/Almaty) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PublicFeedsController_csv: {
        parameters: {
            query?: {
                /** @description BIN of the applicant */
                bin?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description A data category code */
                dataCategory?: string;
                /** @description Decided on or after this date (Asia/Almaty) */
                from?: string;
                limit?: number;
                outcome?: "approved" | "approved_with_conditions" | "rejected" | "returned_for_revision" | "deferred";
                /** @description Words in Kazakh or Russian, found in titles and texts */
                q?: string;
                /** @description A reason category code */
                reasonCategory?: string;
                /** @description Decided on or before this date (Asia/Almaty) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PublicDecisionsController_byNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRecordWithSimilarView"];
                };
            };
            /** @description DECISION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "DECISION_NOT_FOUND";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    JwksController_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/jwk-set+json */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonWebKeySetView"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubscriptionsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionPageView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionWithSecretView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubscriptionsController_get: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SUBSCRIPTION_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubscriptionsController_deliveries: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SUBSCRIPTION_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubscriptionsController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description DELIVERY_NOT_FOUND, SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "DELIVERY_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND";
                    };
                };
            };
            /** @description SUBSCRIPTION_DISABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SUBSCRIPTION_DISABLED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubscriptionsController_disable: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SUBSCRIPTION_NOT_FOUND";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubscriptionsController_rotate: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionWithSecretView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SUBSCRIPTION_NOT_FOUND";
                    };
                };
            };
            /** @description SUBSCRIPTION_DISABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SUBSCRIPTION_DISABLED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Words to find in the system title (Kazakh, Russian or English) */
                q?: string;
                /** @description One or more, comma-separated or repeated */
                status?: ("draft" | "submitted" | "screening" | "returned" | "expert_review" | "on_agenda" | "decided" | "published" | "withdrawn" | "expired" | "revoked" | "reconsideration")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPageView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestContentDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_get: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you edited */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestContentDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION";
                    };
                };
            };
            /** @description VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VERSION_MISMATCH";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AttachmentsController_add: {
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
                "multipart/form-data": {
                    /** @enum {string} */
                    classification: "open" | "dsp";
                    /** Format: binary */
                    file: string;
                    /** @enum {string} */
                    kind: "feasibility_study" | "technical_specification" | "other";
                    /** @enum {string} */
                    language: "kk" | "ru" | "en";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            /** @description MALFORMED_UPLOAD, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_UPLOAD" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION";
                    };
                };
            };
            /** @description FILE_TOO_LARGE, PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FILE_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_FILE_TYPE, UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_FILE_TYPE" | "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, in the media type it was judged to be */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description ATTACHMENT_NOT_FOUND, REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "ATTACHMENT_NOT_FOUND" | "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PlatformObligationsController_list: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformObligationsView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_signingDocument: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningDocumentView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_submit: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SignedActDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description MALFORMED_BODY, SIGNATURE_MALFORMED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "SIGNATURE_MALFORMED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, SIGNATURE_BIN_MISMATCH, SIGNATURE_IIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "SIGNATURE_BIN_MISMATCH" | "SIGNATURE_IIN_MISMATCH";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION";
                    };
                };
            };
            /** @description VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VERSION_MISMATCH";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED, INCOMPLETE_REQUEST, SIGNATURE_ALGORITHM_UNSUPPORTED, SIGNATURE_AUTHENTICATION_KEY, SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, SIGNATURE_CERTIFICATE_REVOKED, SIGNATURE_CHAIN_UNTRUSTED, SIGNATURE_CONTENT_MISMATCH, SIGNATURE_REQUIRED, SIGNATURE_REVOCATION_STATUS_UNKNOWN, SIGNATURE_TIMESTAMP_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "IDEMPOTENCY_KEY_REUSED" | "INCOMPLETE_REQUEST" | "SIGNATURE_ALGORITHM_UNSUPPORTED" | "SIGNATURE_AUTHENTICATION_KEY" | "SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME" | "SIGNATURE_CERTIFICATE_REVOKED" | "SIGNATURE_CHAIN_UNTRUSTED" | "SIGNATURE_CONTENT_MISMATCH" | "SIGNATURE_REQUIRED" | "SIGNATURE_REVOCATION_STATUS_UNKNOWN" | "SIGNATURE_TIMESTAMP_INVALID";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE, SIGNATURE_REVOCATION_UNAVAILABLE, SIGNATURE_TRUST_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE" | "SIGNATURE_REVOCATION_UNAVAILABLE" | "SIGNATURE_TRUST_NOT_CONFIGURED";
                    };
                };
            };
        };
    };
    RequestsController_versions: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSummaryView"][];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND, VERSION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND" | "VERSION_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RequestsController_withdraw: {
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
                "application/json": components["schemas"]["WithdrawRequestDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION";
                    };
                };
            };
            /** @description VERSION_MISMATCH */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VERSION_MISMATCH";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    VotingController_close: {
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
                "application/json": components["schemas"]["CloseItemDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedItemView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description AGENDA_ITEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "AGENDA_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description OUTCOME_MISMATCH, VOTING_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "OUTCOME_MISMATCH" | "VOTING_CLOSED";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    VotingController_conflict: {
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
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "NOT_A_MEMBER";
                    };
                };
            };
            /** @description AGENDA_ITEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "AGENDA_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description ALREADY_VOTED, RECUSED, VOTING_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "ALREADY_VOTED" | "RECUSED" | "VOTING_CLOSED";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DecisionsController_issue: {
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
                "application/json": components["schemas"]["IssueDecisionDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedDecisionView"];
                };
            };
            /** @description MALFORMED_BODY, SIGNATURE_MALFORMED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "SIGNATURE_MALFORMED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, SIGNATURE_BIN_MISMATCH, SIGNATURE_IIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "SIGNATURE_BIN_MISMATCH" | "SIGNATURE_IIN_MISMATCH";
                    };
                };
            };
            /** @description AGENDA_ITEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "AGENDA_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description DECISION_ALREADY_ISSUED, INVALID_TRANSITION, MEETING_NOT_HELD_YET, OUTCOME_MISMATCH, VOTING_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "DECISION_ALREADY_ISSUED" | "INVALID_TRANSITION" | "MEETING_NOT_HELD_YET" | "OUTCOME_MISMATCH" | "VOTING_CLOSED";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description SIGNATURE_ALGORITHM_UNSUPPORTED, SIGNATURE_AUTHENTICATION_KEY, SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, SIGNATURE_CERTIFICATE_REVOKED, SIGNATURE_CHAIN_UNTRUSTED, SIGNATURE_CONTENT_MISMATCH, SIGNATURE_REQUIRED, SIGNATURE_REVOCATION_STATUS_UNKNOWN, SIGNATURE_TIMESTAMP_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SIGNATURE_ALGORITHM_UNSUPPORTED" | "SIGNATURE_AUTHENTICATION_KEY" | "SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME" | "SIGNATURE_CERTIFICATE_REVOKED" | "SIGNATURE_CHAIN_UNTRUSTED" | "SIGNATURE_CONTENT_MISMATCH" | "SIGNATURE_REQUIRED" | "SIGNATURE_REVOCATION_STATUS_UNKNOWN" | "SIGNATURE_TIMESTAMP_INVALID";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE, SIGNATURE_REVOCATION_UNAVAILABLE, SIGNATURE_TRUST_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE" | "SIGNATURE_REVOCATION_UNAVAILABLE" | "SIGNATURE_TRUST_NOT_CONFIGURED";
                    };
                };
            };
        };
    };
    DecisionsController_issueSigningDocument: {
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
                "application/json": components["schemas"]["IssueDecisionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningDocumentView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    VotingController_vote: {
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
                "application/json": components["schemas"]["CastVoteDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "NOT_A_MEMBER";
                    };
                };
            };
            /** @description AGENDA_ITEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "AGENDA_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description ALREADY_VOTED, NOT_PRESENT, RECUSED, VOTING_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "ALREADY_VOTED" | "NOT_PRESENT" | "RECUSED" | "VOTING_CLOSED";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CalendarController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CalendarController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCalendarDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DecisionsController_get: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description DECISION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "DECISION_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DecisionsController_reconsider: {
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
                "application/json": components["schemas"]["RequestReconsiderationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconsiderationView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description DECISION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "DECISION_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION, RECONSIDERATION_NOT_ALLOWED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION" | "RECONSIDERATION_NOT_ALLOWED";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DecisionsController_revoke: {
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
                "application/json": components["schemas"]["RevokeDecisionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedDecisionView"];
                };
            };
            /** @description MALFORMED_BODY, SIGNATURE_MALFORMED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "SIGNATURE_MALFORMED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, SIGNATURE_BIN_MISMATCH, SIGNATURE_IIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "SIGNATURE_BIN_MISMATCH" | "SIGNATURE_IIN_MISMATCH";
                    };
                };
            };
            /** @description DECISION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "DECISION_NOT_FOUND";
                    };
                };
            };
            /** @description DECISION_NOT_IN_FORCE, INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "DECISION_NOT_IN_FORCE" | "INVALID_TRANSITION";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description SIGNATURE_ALGORITHM_UNSUPPORTED, SIGNATURE_AUTHENTICATION_KEY, SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, SIGNATURE_CERTIFICATE_REVOKED, SIGNATURE_CHAIN_UNTRUSTED, SIGNATURE_CONTENT_MISMATCH, SIGNATURE_REQUIRED, SIGNATURE_REVOCATION_STATUS_UNKNOWN, SIGNATURE_TIMESTAMP_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SIGNATURE_ALGORITHM_UNSUPPORTED" | "SIGNATURE_AUTHENTICATION_KEY" | "SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME" | "SIGNATURE_CERTIFICATE_REVOKED" | "SIGNATURE_CHAIN_UNTRUSTED" | "SIGNATURE_CONTENT_MISMATCH" | "SIGNATURE_REQUIRED" | "SIGNATURE_REVOCATION_STATUS_UNKNOWN" | "SIGNATURE_TIMESTAMP_INVALID";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE, SIGNATURE_REVOCATION_UNAVAILABLE, SIGNATURE_TRUST_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE" | "SIGNATURE_REVOCATION_UNAVAILABLE" | "SIGNATURE_TRUST_NOT_CONFIGURED";
                    };
                };
            };
        };
    };
    DecisionsController_revokeSigningDocument: {
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
                "application/json": components["schemas"]["RevokeDecisionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningDocumentView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PROTOCOL_NUMBER_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PROTOCOL_NUMBER_TAKEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_get: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description MEETING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MEETING_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_agenda: {
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
                "application/json": components["schemas"]["PlaceOnAgendaDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description MEETING_NOT_FOUND, REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MEETING_NOT_FOUND" | "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION, NOT_READY_FOR_AGENDA */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION" | "NOT_READY_FOR_AGENDA";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_attendance: {
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
                "application/json": components["schemas"]["RecordAttendanceDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description MEETING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MEETING_NOT_FOUND";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MinutesController_getMinutes: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description MEETING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MEETING_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MinutesController_signMinutesRoute: {
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
                "application/json": components["schemas"]["SignedActDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesSignatureView"];
                };
            };
            /** @description MALFORMED_BODY, SIGNATURE_MALFORMED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "SIGNATURE_MALFORMED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, SIGNATURE_BIN_MISMATCH, SIGNATURE_IIN_MISMATCH */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "SIGNATURE_BIN_MISMATCH" | "SIGNATURE_IIN_MISMATCH";
                    };
                };
            };
            /** @description MEETING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MEETING_NOT_FOUND";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description SIGNATURE_ALGORITHM_UNSUPPORTED, SIGNATURE_AUTHENTICATION_KEY, SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, SIGNATURE_CERTIFICATE_REVOKED, SIGNATURE_CHAIN_UNTRUSTED, SIGNATURE_CONTENT_MISMATCH, SIGNATURE_REQUIRED, SIGNATURE_REVOCATION_STATUS_UNKNOWN, SIGNATURE_TIMESTAMP_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SIGNATURE_ALGORITHM_UNSUPPORTED" | "SIGNATURE_AUTHENTICATION_KEY" | "SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME" | "SIGNATURE_CERTIFICATE_REVOKED" | "SIGNATURE_CHAIN_UNTRUSTED" | "SIGNATURE_CONTENT_MISMATCH" | "SIGNATURE_REQUIRED" | "SIGNATURE_REVOCATION_STATUS_UNKNOWN" | "SIGNATURE_TIMESTAMP_INVALID";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE, SIGNATURE_REVOCATION_UNAVAILABLE, SIGNATURE_TRUST_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE" | "SIGNATURE_REVOCATION_UNAVAILABLE" | "SIGNATURE_TRUST_NOT_CONFIGURED";
                    };
                };
            };
        };
    };
    MinutesController_minutesSigningDocument: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningDocumentView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description MEETING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MEETING_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TasksController_queue: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only tasks past their due time */
                overdue?: boolean;
                requestId?: string;
                /** @description all = open and claimed */
                view?: "open" | "claimed" | "mine" | "all";
            };
            header?: never;
            path: {
                stage: "screening" | "technical" | "security" | "legal" | "agenda";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPageView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, WRONG_STAGE_ROLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "WRONG_STAGE_ROLE";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CaseFileController_get: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFileView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TasksController_get: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_NOT_FOUND";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ScreeningController_accept: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION, STALE_VERSION, TASK_CLOSED, TASK_NOT_HELD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION" | "STALE_VERSION" | "TASK_CLOSED" | "TASK_NOT_HELD";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TasksController_assign: {
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
                "application/json": components["schemas"]["AssignTaskDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, WRONG_STAGE_ROLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "WRONG_STAGE_ROLE";
                    };
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_NOT_FOUND";
                    };
                };
            };
            /** @description CONFLICT_OF_INTEREST, TASK_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CONFLICT_OF_INTEREST" | "TASK_CLOSED";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TasksController_claim: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, WRONG_STAGE_ROLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "WRONG_STAGE_ROLE";
                    };
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_NOT_FOUND";
                    };
                };
            };
            /** @description CONFLICT_OF_INTEREST, TASK_ALREADY_CLAIMED, TASK_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "CONFLICT_OF_INTEREST" | "TASK_ALREADY_CLAIMED" | "TASK_CLOSED";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OpinionsController_submit: {
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
                "application/json": components["schemas"]["SubmitOpinionDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpinionView"];
                };
            };
            /** @description MALFORMED_BODY, SIGNATURE_MALFORMED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "SIGNATURE_MALFORMED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN, SIGNATURE_BIN_MISMATCH, SIGNATURE_IIN_MISMATCH, WRONG_STAGE_ROLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN" | "SIGNATURE_BIN_MISMATCH" | "SIGNATURE_IIN_MISMATCH" | "WRONG_STAGE_ROLE";
                    };
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_NOT_FOUND";
                    };
                };
            };
            /** @description STALE_VERSION, TASK_CLOSED, TASK_NOT_HELD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "STALE_VERSION" | "TASK_CLOSED" | "TASK_NOT_HELD";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description SIGNATURE_ALGORITHM_UNSUPPORTED, SIGNATURE_AUTHENTICATION_KEY, SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME, SIGNATURE_CERTIFICATE_REVOKED, SIGNATURE_CHAIN_UNTRUSTED, SIGNATURE_CONTENT_MISMATCH, SIGNATURE_REQUIRED, SIGNATURE_REVOCATION_STATUS_UNKNOWN, SIGNATURE_TIMESTAMP_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SIGNATURE_ALGORITHM_UNSUPPORTED" | "SIGNATURE_AUTHENTICATION_KEY" | "SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME" | "SIGNATURE_CERTIFICATE_REVOKED" | "SIGNATURE_CHAIN_UNTRUSTED" | "SIGNATURE_CONTENT_MISMATCH" | "SIGNATURE_REQUIRED" | "SIGNATURE_REVOCATION_STATUS_UNKNOWN" | "SIGNATURE_TIMESTAMP_INVALID";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE, SIGNATURE_REVOCATION_UNAVAILABLE, SIGNATURE_TRUST_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE" | "SIGNATURE_REVOCATION_UNAVAILABLE" | "SIGNATURE_TRUST_NOT_CONFIGURED";
                    };
                };
            };
        };
    };
    OpinionsController_signingDocument: {
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
                "application/json": components["schemas"]["SubmitOpinionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningDocumentView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TasksController_release: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_NOT_FOUND";
                    };
                };
            };
            /** @description TASK_CLOSED, TASK_NOT_HELD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_CLOSED" | "TASK_NOT_HELD";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ScreeningController_returnForRevision: {
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
                "application/json": components["schemas"]["ReturnForRevisionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description MALFORMED_BODY, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "MALFORMED_BODY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_TOO_LONG, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG" | "UNAUTHENTICATED";
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                    };
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "TASK_NOT_FOUND";
                    };
                };
            };
            /** @description INVALID_TRANSITION, STALE_VERSION, TASK_CLOSED, TASK_NOT_HELD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INVALID_TRANSITION" | "STALE_VERSION" | "TASK_CLOSED" | "TASK_NOT_HELD";
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyView"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
}
