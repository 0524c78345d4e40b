/**
 * Every column of a request under its entity property's name: the reads below hand the rows on
 * as they come, without the ORM building an entity from each.
 */
export const REQUEST_COLUMNS = `r.id, r.list_position AS "listPosition", r.agency_bin AS "agencyBin", r.status,
  r.current_version AS "currentVersion", r.row_version AS "rowVersion", r.content, r.form_version AS "formVersion",
  r.registration_number AS "registrationNumber", r.return_remarks AS "returnRemarks", r.created_by AS "createdBy",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.submitted_at AS "submittedAt", r.withdrawn_at AS "withdrawnAt"`;

export const ATTACHMENT_COLUMNS = `a.id, a.request_id AS "requestId", a.version, a.kind, a.language, a.classification,
  a.file_name AS "fileName", a.media_type AS "mediaType", a.size_bytes AS "sizeBytes", a.sha256, a.storage_key AS "storageKey",
  a.uploaded_by AS "uploadedBy", a.created_at AS "createdAt"`;
