/**
 * The privacy notice (Decree 13/2023/NĐ-CP on personal data protection): what personal
 * data the service keeps, why, for how long and who sees it. It describes what the code
 * does; change it together with the code.
 */
import type { SiteLocale } from '../../../shared/ui/routes.ts';

export interface NoticeSection {
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

export const privacyNotice: Record<SiteLocale, { lead: string; sections: NoticeSection[] }> = {
  vi: {
    lead: 'Trang này cho biết dịch vụ tiếp nhận kiến nghị của cử tri giữ những dữ liệu cá nhân nào của bạn, để làm gì, trong bao lâu và ai được xem, theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân.',
    sections: [
      {
        heading: 'Dữ liệu được giữ',
        items: [
          'Khi bạn gửi kiến nghị: họ và tên, email và/hoặc số điện thoại, địa chỉ, xã/phường nơi bạn sống.',
          'Nội dung kiến nghị: lĩnh vực, địa bàn liên quan, tiêu đề, nội dung và lựa chọn của bạn về việc công khai.',
          'Dữ liệu kỹ thuật: địa chỉ mạng của thiết bị được băm (không lưu địa chỉ gốc) để giới hạn số lần gửi, hết hiệu lực sau tối đa 10 phút rồi được xóa tự động; mã chống gửi trùng (Idempotency-Key) cùng mã theo dõi, hết hiệu lực sau 24 giờ rồi được xóa tự động.',
          'Trang này không dùng cookie, không theo dõi hay phân tích hành vi người dùng; các trang chỉ đọc không chạy JavaScript.',
        ],
      },
      {
        heading: 'Mục đích',
        paragraphs: [
          'Dữ liệu liên hệ chỉ dùng để giải quyết kiến nghị của bạn: chuyển đến cơ quan có thẩm quyền, liên hệ khi cần làm rõ, và gửi thông báo khi kiến nghị được tiếp nhận, chuyển xử lý, trả lời, không tiếp nhận hoặc được gộp với kiến nghị trùng nội dung. Dữ liệu không được dùng cho mục đích khác, không được bán hay chuyển cho bên thứ ba ngoài các cơ quan giải quyết kiến nghị.',
        ],
      },
      {
        heading: 'Ai được xem',
        items: [
          'Cán bộ Văn phòng, Thường trực Hội đồng nhân dân tiếp nhận kiến nghị.',
          'Cán bộ của cơ quan có thẩm quyền được giao giải quyết kiến nghị của bạn.',
          'Hệ thống gửi email thông báo (chỉ đọc địa chỉ email để gửi thư cho bạn).',
          'Không ai khác: họ tên, email, số điện thoại và địa chỉ của bạn không bao giờ xuất hiện trên trang công khai, trong kết quả tra cứu, trong câu trả lời được công khai hay trong đường dẫn.',
        ],
      },
      {
        heading: 'Công khai kết quả',
        paragraphs: [
          'Chỉ khi bạn đồng ý, nội dung kiến nghị và câu trả lời được công khai trên trang Kết quả, không kèm họ tên, email, số điện thoại hay địa chỉ; chỉ nêu xã/phường của người gửi. Kiến nghị nêu tại buổi tiếp xúc cử tri công khai được công khai theo cùng cách. Số liệu thống kê chỉ gồm các con số.',
        ],
      },
      {
        heading: 'Thời gian lưu giữ',
        paragraphs: [
          'Dữ liệu liên hệ (họ tên, email, số điện thoại, địa chỉ) được giữ trong khi kiến nghị đang được giải quyết, và sau khi kiến nghị được trả lời, kết thúc, không được tiếp nhận, được gộp hoặc được rút thì chỉ giữ thêm một thời hạn do Hội đồng nhân dân quy định (mặc định 12 tháng), rồi tự động xóa. Nếu kiến nghị được mở lại trước thời hạn đó, dữ liệu được giữ tiếp đến khi có kết quả mới. Sau khi xóa, kiến nghị vẫn được theo dõi bằng mã theo dõi và phần công khai (đã ẩn danh) vẫn còn.',
          'Mỗi lần cán bộ xem dữ liệu liên hệ của bạn đều được ghi nhật ký (ai, vai trò, lúc nào, kiến nghị nào); nhật ký không sửa, không xóa được, được quản trị viên rà soát và lưu 2 năm.',
        ],
      },
      {
        heading: 'Sự đồng ý của bạn',
        paragraphs: [
          'Khi gửi kiến nghị, chúng tôi ghi lại những gì bạn đồng ý: công khai nội dung (đã ẩn danh) hay không, và nhận thông báo qua email, qua số điện thoại mà bạn đã cho; cùng thời điểm và phiên bản của thông báo này mà biểu mẫu hiển thị. Bản ghi này không chứa dữ liệu liên hệ.',
        ],
      },
      {
        heading: 'Quyền của bạn và cách thực hiện',
        paragraphs: [
          'Theo Điều 9 Nghị định 13/2023/NĐ-CP, bạn có quyền được biết, đồng ý hoặc rút lại sự đồng ý, truy cập, yêu cầu chỉnh sửa, xóa, hạn chế xử lý, cung cấp dữ liệu, phản đối xử lý, khiếu nại, tố cáo và yêu cầu bồi thường.',
          'Thư xác nhận tiếp nhận gửi cho bạn một đường dẫn riêng (chỉ chứa mã theo dõi và một chữ ký điện tử, không chứa dữ liệu cá nhân). Tại đó bạn có thể, không cần đăng nhập: xem dữ liệu chúng tôi lưu về bạn và những gì bạn đã đồng ý; rút kiến nghị khi chưa được trả lời; yêu cầu xóa ngay thông tin liên hệ. Nếu kiến nghị chưa có kết quả, sau khi xóa kiến nghị vẫn được giải quyết ẩn danh và bạn sẽ không nhận được thông báo nào nữa. Với các quyền khác, hãy liên hệ Văn phòng Hội đồng nhân dân nơi bạn gửi kiến nghị và nêu mã theo dõi.',
        ],
      },
    ],
  },
  en: {
    lead: "This page tells you what personal data the voters' petition service keeps, why, for how long and who sees it, under the Government's Decree No. 13/2023/NĐ-CP of 17 April 2023 on personal data protection.",
    sections: [
      {
        heading: 'What is kept',
        items: [
          'When you submit a petition: your full name, email and/or phone number, address, and the commune or ward you live in.',
          'Your petition: its topic, the place it concerns, its title and text, and your choice about publishing it.',
          "Technical data: your device's network address, hashed (the address itself is not stored), to limit how often a petition can be sent, expiring after at most 10 minutes and then deleted automatically; the key that prevents duplicate submissions (Idempotency-Key) with the tracking code, expiring after 24 hours and then deleted automatically.",
          'The site uses no cookies and no tracking or analytics; its read-only pages run no JavaScript.',
        ],
      },
      {
        heading: 'Why',
        paragraphs: [
          'Your contact details are used only to handle your petition: to send it to the competent body, to contact you when something needs clarifying, and to tell you when it is received, routed, answered, not accepted, or merged with a petition about the same matter. They are used for nothing else, and are never sold or given to anyone but the bodies handling petitions.',
        ],
      },
      {
        heading: 'Who sees it',
        items: [
          "The staff of the People's Council's office and standing committee who receive petitions.",
          'The officers of the competent body your petition is assigned to.',
          'The notification system (it reads your email address only to write to you).',
          'Nobody else: your name, email, phone number and address never appear on a public page, in a tracking page, in a published answer or in a link.',
        ],
      },
      {
        heading: 'Publishing results',
        paragraphs: [
          "Only if you agree, the petition and its answer are published on the Results pages, without your name, email, phone number or address; only the submitter's commune is named. Petitions raised at public voter-contact meetings are published the same way. Statistics are numbers only.",
        ],
      },
      {
        heading: 'How long',
        paragraphs: [
          "Contact details (name, email, phone, address) are kept while your petition is being handled and, once it is answered, closed, not accepted, merged or withdrawn, only for a period the People's Council sets (12 months unless it sets another), then erased automatically. If the petition is reopened before then, they are kept until its new outcome. After erasure the petition can still be tracked with its code, and its public (anonymised) record stays.",
          'Every time a member of staff reads your contact details it is logged (who, in which role, when, which petition); the log cannot be changed or deleted, is reviewed by the administrator and kept for 2 years.',
        ],
      },
      {
        heading: 'Your consent',
        paragraphs: [
          'When you submit a petition we record what you consented to: whether the petition may be published (anonymised), and being notified by the email and the phone number you gave; with the time and the version of this notice the form showed. The record holds no contact details.',
        ],
      },
      {
        heading: 'Your rights and how to use them',
        paragraphs: [
          'Under Article 9 of Decree 13/2023/NĐ-CP you have the right to be informed; to give or withdraw consent; to access, correct or delete your data; to restrict its processing; to obtain it; to object; to complain and to claim compensation.',
          "The receipt email gives you a private link (it holds only the tracking code and an electronic signature, no personal data). There, without signing in, you can see what we keep about you and what you consented to; withdraw your petition while it is not yet answered; and have your contact details erased at once. If the petition has no outcome yet, it is then handled anonymously and you will receive no more notifications. For the other rights, contact the office of the People's Council you sent your petition to, and give your petition's tracking code.",
        ],
      },
    ],
  },
};
