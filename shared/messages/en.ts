import type { MessageKey } from './vi.ts';

/** English messages, served when the client asks for English (Accept-Language: en). */
export const en: Record<MessageKey, string> = {
  'request.invalid': 'Some of the information sent is not valid. Please check the marked fields.',
  'request.notJson': 'The request body is not valid JSON.',
  'request.emptyBody': 'Nothing was sent.',
  'request.tooLarge': 'The request is too large (at most {max} KB).',
  'request.unsupportedMediaType': 'This content type is not supported. Send JSON or a form.',
  'request.notFound': 'There is nothing at this address.',
  'request.methodNotAllowed': 'This method is not supported at this address.',
  'request.rateLimited': 'Too many requests. Please try again in {seconds} seconds.',
  'request.idempotencyMismatch':
    'This Idempotency-Key was already used for a different request. Use a new key for a new submission.',
  'request.idempotencyKeyInvalid': 'An Idempotency-Key is 8–128 letters, digits, dashes or underscores.',
  'request.inProgress': 'The same request is still being processed. Please try again in a moment.',
  'server.error': 'Something went wrong on our side. Please try again later; nothing you sent was lost.',
  'server.unavailable': 'The service is temporarily unavailable. Please try again later.',

  'field.required': 'This field is required.',
  'field.invalidType': 'This value has the wrong type.',
  'field.tooShort': 'At least {min} characters.',
  'field.tooLong': 'At most {max} characters.',
  'field.tooFew': 'At least {min} items.',
  'field.tooMany': 'At most {max} items.',
  'field.invalid': 'This value is not valid.',
  'field.invalidChoice': 'Choose one of the allowed values.',
  'field.controlCharacters': 'The text contains invalid control characters.',
  'field.invalidEmail': 'This email address is not valid.',
  'field.invalidPhone': 'This phone number is not valid. For example: 0912345678 or +84912345678.',
  'field.contactRequired': 'Please give an email address or a phone number so we can reach you.',
  'field.invalidDate': 'This date or time is not valid.',
  'field.endBeforeStart': 'The end must be after the start.',
  'field.unknownCommune': 'This commune or ward was not found.',
  'field.unknownUnit': 'This administrative unit was not found.',
  'field.unknownField': 'This field (topic) was not found.',
  'field.unknownAgency': 'This agency was not found.',
  'field.unknownMeeting': 'This voter-contact meeting was not found.',
  'field.unknownCouncil': 'This People’s Council was not found.',
  'field.consentRequired': 'Please say whether you agree to publish an anonymised version.',

  'code.invalid': 'This tracking code is not right. Please check it (12 characters, e.g. 7KQM-3HXT-9PAR).',
  'code.notFound': 'No petition has this code.',

  'status.illegalTransition': 'Cannot {action} a petition whose status is “{status}”.',
  'status.conflict': 'Someone else has just changed this petition. Please reload and try again.',
  'status.reasonRequired': 'Please give a reason.',

  'auth.required': 'Please sign in.',
  'auth.invalid': 'Your sign-in is not valid or has expired. Please sign in again.',
  'auth.forbidden': 'You are not allowed to do this.',
  'feedback.forbidden': 'This feedback link is not valid.',

  'entity.notFound': 'The requested record was not found.',
  'entity.duplicate': 'This record already exists.',
  'entity.conflict': 'Someone else has just changed this record. Please reload and try again.',
};
