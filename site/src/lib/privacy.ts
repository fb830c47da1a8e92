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
          'Dữ liệu liên hệ được giữ trong thời gian giải quyết kiến nghị và thời hạn lưu trữ hồ sơ kiến nghị của cử tri theo quy định về lưu trữ; sau đó được xóa. Bạn có thể yêu cầu xóa sớm hơn nếu không trái với quy định của pháp luật.',
        ],
      },
      {
        heading: 'Quyền của bạn',
        paragraphs: [
          'Theo Điều 9 Nghị định 13/2023/NĐ-CP, bạn có quyền được biết, đồng ý hoặc rút lại sự đồng ý, truy cập, yêu cầu chỉnh sửa, xóa, hạn chế xử lý, cung cấp dữ liệu, phản đối xử lý, khiếu nại, tố cáo và yêu cầu bồi thường. Để thực hiện các quyền này, hãy liên hệ Văn phòng Hội đồng nhân dân nơi bạn gửi kiến nghị và nêu mã theo dõi của kiến nghị.',
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
          "Contact details are kept while your petition is handled and for the period the council must keep records of voters' petitions under the archives regulations, and then deleted. You can ask for earlier deletion where the law allows it.",
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          "Under Article 9 of Decree 13/2023/NĐ-CP you have the right to be informed; to give or withdraw consent; to access, correct or delete your data; to restrict its processing; to obtain it; to object; to complain and to claim compensation. To use these rights, contact the office of the People's Council you sent your petition to, and give your petition's tracking code.",
        ],
      },
    ],
  },
};
