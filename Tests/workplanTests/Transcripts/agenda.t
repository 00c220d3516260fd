# `agenda`: what needs chasing today (29/10/2021), overdue and due within a few working days,
# grouped by the person who follows it (the built-in plan names them) or by lead unit, as plain
# text to paste into a message. Friday 29/10: three working days reach Wednesday 03/11.

$ workplan init
Đã tạo plan.md: kế hoạch công tác năm 2021, 122 nhiệm vụ.
? 0

$ workplan agenda
Việc cần đôn đốc ngày 29/10/2021: 5 quá hạn, 1 sắp đến hạn (trong 3 ngày làm việc tới).

Trần Thị Mai (mai): 0 quá hạn, 1 sắp đến hạn
- Đến hạn hôm nay: KH5.2 Thẩm tra dự thảo nghị quyết điều chỉnh kế hoạch đầu tư công năm 2021

Phạm Thị Phương (phuong): 1 quá hạn, 0 sắp đến hạn
- Quá hạn 29 ngày, 21 ngày làm việc: BC15 Tổng kết công tác bầu cử, lưu trữ hồ sơ (hạn 30/09/2021)

Hoàng Minh Tuấn (tuan): 3 quá hạn, 0 sắp đến hạn
- Quá hạn 121 ngày, 85 ngày làm việc: TK5.2 Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể Thường trực HĐND tỉnh (hạn 30/06/2021)
- Quá hạn 29 ngày, 21 ngày làm việc: BC15.2 Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ (hạn 30/09/2021)
- Quá hạn 14 ngày, 10 ngày làm việc: BC16 Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh (hạn 15/10/2021)

Võ Thị Linh (linh): 1 quá hạn, 0 sắp đến hạn
- Quá hạn 29 ngày, 21 ngày làm việc: TK6 Biên soạn Kỷ yếu HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021 (hạn 30/09/2021)
? 0

@ env WORKPLAN_USER=tuan
$ workplan agenda --mine --within 5nlv
Việc cần đôn đốc ngày 29/10/2021: 3 quá hạn, 0 sắp đến hạn (trong 5 ngày làm việc tới).

Hoàng Minh Tuấn (tuan): 3 quá hạn, 0 sắp đến hạn
- Quá hạn 121 ngày, 85 ngày làm việc: TK5.2 Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể Thường trực HĐND tỉnh (hạn 30/06/2021)
- Quá hạn 29 ngày, 21 ngày làm việc: BC15.2 Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ (hạn 30/09/2021)
- Quá hạn 14 ngày, 10 ngày làm việc: BC16 Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh (hạn 15/10/2021)
? 0

$ workplan agenda --by unit --lead HC --lang en
Tasks to chase on 2021-10-29: 3 overdue, 0 due soon (within 3 working days).

HC Phòng Hành chính - Tổ chức - Quản trị: 3 overdue, 0 due soon
- Overdue 121 days, 85 working days: TK5.2 Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể Thường trực HĐND tỉnh (due 2021-06-30)
- Overdue 29 days, 21 working days: BC15.2 Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ (due 2021-09-30)
- Overdue 14 days, 10 working days: BC16 Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh (due 2021-10-15)
? 0

$ workplan agenda --within many
! workplan: --within “many” phải là số ngày làm việc từ 0 đến 60, như 5nlv
? 2

$ workplan agenda --person zz
! workplan: kế hoạch không có người theo dõi "zz"; có: hung, mai, nam, phuong, tuan, linh
? 2

$ workplan agenda --by team
! workplan: --by “team” không có; dùng person hoặc unit
? 2
