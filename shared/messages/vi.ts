/**
 * Vietnamese messages: the default language of everything a person reads.
 * Keys are shared with en.ts; `{name}` placeholders are filled by translate().
 */
export const vi = {
  // Request shape
  'request.invalid': 'Thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
  'request.notJson': 'Nội dung gửi lên không đúng định dạng JSON.',
  'request.emptyBody': 'Chưa có nội dung nào được gửi lên.',
  'request.tooLarge': 'Nội dung gửi lên quá lớn (tối đa {max} KB).',
  'request.unsupportedMediaType': 'Định dạng nội dung không được hỗ trợ. Hãy gửi JSON hoặc biểu mẫu.',
  'request.notFound': 'Không tìm thấy địa chỉ này.',
  'request.methodNotAllowed': 'Phương thức này không được hỗ trợ tại địa chỉ này.',
  'request.rateLimited': 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau {seconds} giây.',
  'request.idempotencyMismatch':
    'Mã Idempotency-Key này đã được dùng cho một nội dung khác. Hãy tạo mã mới cho lần gửi mới.',
  'request.idempotencyKeyInvalid': 'Idempotency-Key phải dài 8–128 ký tự chữ, số, gạch ngang hoặc gạch dưới.',
  'request.inProgress': 'Yêu cầu giống hệt đang được xử lý. Vui lòng thử lại sau giây lát.',
  'server.error': 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau; nội dung của bạn chưa bị mất.',
  'server.unavailable': 'Hệ thống tạm thời không sẵn sàng. Vui lòng thử lại sau.',

  // Field validation
  'field.required': 'Trường này là bắt buộc.',
  'field.invalidType': 'Giá trị không đúng kiểu.',
  'field.tooShort': 'Cần ít nhất {min} ký tự.',
  'field.tooLong': 'Tối đa {max} ký tự.',
  'field.tooFew': 'Cần ít nhất {min} mục.',
  'field.tooMany': 'Tối đa {max} mục.',
  'field.invalid': 'Giá trị không hợp lệ.',
  'field.invalidChoice': 'Hãy chọn một trong các giá trị cho phép.',
  'field.controlCharacters': 'Nội dung có ký tự điều khiển không hợp lệ.',
  'field.invalidEmail': 'Địa chỉ email không hợp lệ.',
  'field.invalidPhone': 'Số điện thoại không hợp lệ. Ví dụ: 0912345678 hoặc +84912345678.',
  'field.contactRequired': 'Vui lòng cho biết email hoặc số điện thoại để nhận thông báo.',
  'field.invalidDate': 'Ngày giờ không hợp lệ.',
  'field.endBeforeStart': 'Thời gian kết thúc phải sau thời gian bắt đầu.',
  'field.unknownCommune': 'Không tìm thấy xã/phường này.',
  'field.unknownUnit': 'Không tìm thấy đơn vị hành chính này.',
  'field.unknownField': 'Không tìm thấy lĩnh vực này.',
  'field.unknownAgency': 'Không tìm thấy cơ quan này.',
  'field.unknownMeeting': 'Không tìm thấy buổi tiếp xúc cử tri này.',
  'field.unknownCouncil': 'Không tìm thấy Hội đồng nhân dân này.',
  'field.consentRequired': 'Vui lòng cho biết bạn có đồng ý công khai nội dung (đã ẩn danh) hay không.',

  // Tracking codes
  'code.invalid': 'Mã theo dõi không đúng. Vui lòng kiểm tra lại mã (12 ký tự, ví dụ 7KQM-3HXT-9PAR).',
  'code.notFound': 'Không tìm thấy kiến nghị có mã này.',

  // Status machine
  'status.illegalTransition': 'Không thể {action} kiến nghị đang ở trạng thái “{status}”.',
  'status.conflict': 'Kiến nghị vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
  'status.reasonRequired': 'Vui lòng nêu lý do.',

  // Access
  'auth.required': 'Vui lòng đăng nhập.',
  'auth.invalid': 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
  'auth.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'feedback.forbidden': 'Đường dẫn phản hồi không hợp lệ.',

  // Generic domain
  'entity.notFound': 'Không tìm thấy dữ liệu yêu cầu.',
  'entity.duplicate': 'Dữ liệu này đã tồn tại.',
  'entity.conflict': 'Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
} as const;

export type MessageKey = keyof typeof vi;
