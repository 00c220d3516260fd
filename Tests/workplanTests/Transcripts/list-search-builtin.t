# --search ignores case and diacritics, and looks in titles, ids and notes:
# `bau cu` finds "bầu cử" in the built-in plan (KH3 through its note).

$ workplan init
Đã tạo plan.md: kế hoạch công tác năm 2021, 122 nhiệm vụ.
? 0

$ workplan list --search "bau cu"
Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp HĐND tỉnh năm 2021
[x] KH3  Kỳ họp thứ nhất HĐND tỉnh khóa X, nhiệm kỳ 2021–2026  (VP, +TH, +CTDB, +HC; theo dõi hung; bắt đầu 01/06/2021; hạn 07/07/2021; xong 25/06/2021)

## Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
[x] BC2  Tham mưu thành lập Ủy ban bầu cử tỉnh và các tiểu ban giúp việc  (SNV, +VP, +TTHDND, +MTTQ; theo dõi phuong; hạn 07/02/2021; xong 27/01/2021)
  [x] BC2.1  Dự thảo phân công nhiệm vụ thành viên Ủy ban bầu cử tỉnh  (CTDB, +SNV; theo dõi phuong; hạn 03/02/2021; xong 02/02/2021)
  [x] BC2.2  Thành lập Tổ giúp việc Ủy ban bầu cử tỉnh tại Văn phòng  (HC, +VP; theo dõi tuan; hạn 05/02/2021; xong 01/02/2021)
[x] BC3  Ấn định, công bố số đơn vị bầu cử và số đại biểu HĐND tỉnh được bầu ở mỗi đơn vị  (UBBC, +CTDB, +SNV; theo dõi phuong; hạn 04/03/2021; xong 26/02/2021)
[x] BC4  Tiếp nhận, nghiên cứu hồ sơ người ứng cử đại biểu HĐND tỉnh  (CTDB, +UBBC; theo dõi phuong; bắt đầu 22/02/2021; hạn 14/03/2021; xong 14/03/2021; 96/96 (100%))
[x] BC5  Phối hợp tổ chức các hội nghị hiệp thương  (MTTQ, +TTHDND, +CTDB, +UBND; theo dõi phuong; bắt đầu 28/01/2021; hạn 18/04/2021; xong 16/04/2021)
[x] BC6  Đôn đốc lập, niêm yết danh sách cử tri  (UBBC, +SNV, +CTDB; theo dõi phuong; hạn 13/04/2021; xong 13/04/2021)
[x] BC7  Lập, công bố danh sách chính thức người ứng cử đại biểu HĐND tỉnh  (UBBC, +CTDB; theo dõi phuong; hạn 28/04/2021; xong 27/04/2021)
[x] BC8  Tiếp nhận, xử lý đơn thư khiếu nại, tố cáo liên quan đến bầu cử  (TTDN, +UBBC, +CTDB; theo dõi linh; bắt đầu 15/03/2021; hạn 13/05/2021; xong 12/05/2021; 11/11 (100%); received:13; eligible:11; handled:11; unit:đơn)
[x] BC9  Tuyên truyền về cuộc bầu cử  (TTDN, +MTTQ; theo dõi linh; bắt đầu 01/02/2021; hạn 22/05/2021; xong 22/05/2021)
  [x] BC9.1  Mở chuyên mục "Bầu cử 2021" trên Cổng thông tin điện tử HĐND tỉnh  (TTDN; theo dõi linh; hạn 10/02/2021; xong 08/02/2021)
  [x] BC9.2  Đăng danh sách, tiểu sử tóm tắt người ứng cử đại biểu HĐND tỉnh  (TTDN, +UBBC; theo dõi linh; hạn 03/05/2021; xong 30/04/2021)
[x] BC10  Phục vụ người ứng cử tiếp xúc cử tri, vận động bầu cử  (CTDB, +MTTQ; theo dõi phuong; bắt đầu 04/05/2021; hạn 21/05/2021; xong 20/05/2021; 54/54 (100%))
[x] BC11  Kiểm tra, giám sát công tác bầu cử và trực ngày bầu cử  (VP, +UBBC, +HC, +CA; theo dõi hung; bắt đầu 19/04/2021; hạn 23/05/2021; xong 23/05/2021)
  [x] BC11.1  Đoàn kiểm tra của Ủy ban bầu cử tỉnh làm việc tại các huyện, thị xã, thành phố  (UBBC, +CTDB; theo dõi phuong; hạn 14/05/2021; xong 14/05/2021; 10/10 (100%))
  [x] BC11.2  Trực, tổng hợp tình hình bầu cử ngày 23/5/2021  (TH, +CTDB; theo dõi nam; hạn 23/05/2021; xong 23/05/2021)
[-] BC12  Chuẩn bị bầu thêm, bầu lại đại biểu HĐND tỉnh  (UBBC, +CTDB; theo dõi phuong; hạn 30/05/2021)
[x] BC13  Tổng hợp, công bố kết quả bầu cử đại biểu HĐND tỉnh  (UBBC, +CTDB, +TH; theo dõi phuong; hạn 02/06/2021; xong 29/05/2021; 52/52 (100%))
[x] BC14  Xác nhận tư cách đại biểu HĐND tỉnh khóa X, cấp giấy chứng nhận  (UBBC, +CTDB; theo dõi phuong; hạn 20/06/2021; xong 15/06/2021)
  [x] BC14.2  Báo cáo kết quả xác nhận tư cách đại biểu tại kỳ họp thứ nhất  (UBBC, +CTDB; theo dõi phuong; hạn 24/06/2021; xong 24/06/2021)
[/] BC15  Tổng kết công tác bầu cử, lưu trữ hồ sơ  (CTDB, +UBBC, +HC; theo dõi phuong; hạn 30/09/2021; QUÁ HẠN)
  [x] BC15.1  Báo cáo tổng kết công tác bầu cử gửi Hội đồng bầu cử quốc gia  (CTDB, +TH; theo dõi phuong; hạn 15/07/2021; xong 14/07/2021)
  [/] BC15.2  Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ  (HC, +CTDB; theo dõi tuan; hạn 30/09/2021; 80%; QUÁ HẠN)
[/] BC16  Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh  (HC, +VP, +UBBC; theo dõi tuan; hạn 15/10/2021; 7/10 (70%); QUÁ HẠN)

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh  (TTDN, +TTHDND; theo dõi linh; bắt đầu 05/01/2021; hạn 31/12/2021; 8/12 (66,7%); tag:tiep-cong-dan)

26/122 nhiệm vụ.
? 0

# Upper case with diacritics finds the same, here narrowed to open tasks.
$ workplan list --search "BẦU CỬ" --status open
Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh

## Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
[/] BC15  Tổng kết công tác bầu cử, lưu trữ hồ sơ  (CTDB, +UBBC, +HC; theo dõi phuong; hạn 30/09/2021; QUÁ HẠN)
  [/] BC15.2  Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ  (HC, +CTDB; theo dõi tuan; hạn 30/09/2021; 80%; QUÁ HẠN)
[/] BC16  Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh  (HC, +VP, +UBBC; theo dõi tuan; hạn 15/10/2021; 7/10 (70%); QUÁ HẠN)

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh  (TTDN, +TTHDND; theo dõi linh; bắt đầu 05/01/2021; hạn 31/12/2021; 8/12 (66,7%); tag:tiep-cong-dan)

4/122 nhiệm vụ.
? 0

# The query in NFD (combining marks) finds the same tasks.
$ workplan list --search "ba\u{0302}\u{0300}u cu\u{031B}\u{0309}" --status doing (esc)
Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh

## Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
[/] BC15  Tổng kết công tác bầu cử, lưu trữ hồ sơ  (CTDB, +UBBC, +HC; theo dõi phuong; hạn 30/09/2021; QUÁ HẠN)
  [/] BC15.2  Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ  (HC, +CTDB; theo dõi tuan; hạn 30/09/2021; 80%; QUÁ HẠN)
[/] BC16  Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh  (HC, +VP, +UBBC; theo dõi tuan; hạn 15/10/2021; 7/10 (70%); QUÁ HẠN)

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh  (TTDN, +TTHDND; theo dõi linh; bắt đầu 05/01/2021; hạn 31/12/2021; 8/12 (66,7%); tag:tiep-cong-dan)

4/122 nhiệm vụ.
? 0
