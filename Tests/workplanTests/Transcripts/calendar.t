# The office's calendar: a year's days off beyond weekends, with the Vietnamese lunar dates of
# Tết and Giỗ Tổ (computed for UTC+7), and a day's lunar date. 2021 follows the days announced
# for civil servants; a year without an announcement follows the Labour Code's rules.

$ workplan calendar 2021
Ngày nghỉ năm 2021 ngoài thứ Bảy và Chủ nhật
01/01/2021  thứ Sáu   Tết Dương lịch
10/02/2021  thứ Tư    Tết Nguyên đán (29/12/2020 âm lịch)
11/02/2021  thứ Năm   Tết Nguyên đán (30/12/2020 âm lịch)
12/02/2021  thứ Sáu   Tết Nguyên đán (1/1/2021 âm lịch)
13/02/2021  thứ Bảy   Tết Nguyên đán (2/1/2021 âm lịch)
14/02/2021  Chủ nhật  Tết Nguyên đán (3/1/2021 âm lịch)
15/02/2021  thứ Hai   Tết Nguyên đán (4/1/2021 âm lịch)
16/02/2021  thứ Ba    Tết Nguyên đán (5/1/2021 âm lịch)
21/04/2021  thứ Tư    Giỗ Tổ Hùng Vương (10/3/2021 âm lịch)
30/04/2021  thứ Sáu   Ngày Chiến thắng
01/05/2021  thứ Bảy   Ngày Quốc tế Lao động
03/05/2021  thứ Hai   nghỉ bù cho ngày 01/05/2021
02/09/2021  thứ Năm   Quốc khánh
03/09/2021  thứ Sáu   Quốc khánh
11 ngày làm việc được nghỉ; 250 ngày làm việc trong năm.
Theo lịch nghỉ lễ, Tết năm 2021 của cán bộ, công chức, viên chức do Bộ Lao động - Thương binh và Xã hội thông báo.
? 0

# Without a year: this year (WORKPLAN_TODAY is 2021-10-29 here), here in English.
$ workplan calendar --lang en
Days off in 2021 besides Saturdays and Sundays
2021-01-01  Friday     New Year's Day
2021-02-10  Wednesday  Lunar New Year (Tết) (lunar 29/12/2020)
2021-02-11  Thursday   Lunar New Year (Tết) (lunar 30/12/2020)
2021-02-12  Friday     Lunar New Year (Tết) (lunar 1/1/2021)
2021-02-13  Saturday   Lunar New Year (Tết) (lunar 2/1/2021)
2021-02-14  Sunday     Lunar New Year (Tết) (lunar 3/1/2021)
2021-02-15  Monday     Lunar New Year (Tết) (lunar 4/1/2021)
2021-02-16  Tuesday    Lunar New Year (Tết) (lunar 5/1/2021)
2021-04-21  Wednesday  Hùng Kings' Commemoration (lunar 10/3/2021)
2021-04-30  Friday     Reunification Day
2021-05-01  Saturday   International Labour Day
2021-05-03  Monday     compensatory day off for 2021-05-01
2021-09-02  Thursday   National Day
2021-09-03  Friday     National Day
11 weekdays off; 250 working days in the year.
As in the 2021 holidays of civil servants as announced by the Ministry of Labour, Invalids and Social Affairs.
? 0

# Giỗ Tổ Hùng Vương, 10/3 of the lunar calendar, fell on 21/04/2021.
$ workplan calendar --lunar 21/04/2021
21/04/2021 (thứ Tư): ngày 10/3/2021 âm lịch, năm Tân Sửu
? 0

# 1985's lunar new year was 21/01 in Vietnam (20/02 in China, whose calendar counts in UTC+8).
$ workplan calendar --lunar 1985-01-21 --lang en
1985-01-21 (Monday): lunar 1/1/1985, the year Ất Sửu
? 0

$ workplan calendar 2030 --lang en
Days off in 2030 besides Saturdays and Sundays
2030-01-01  Tuesday    New Year's Day
2030-02-01  Friday     Lunar New Year (Tết) (lunar 29/12/2029)
2030-02-02  Saturday   Lunar New Year (Tết) (lunar 1/1/2030)
2030-02-03  Sunday     Lunar New Year (Tết) (lunar 2/1/2030)
2030-02-04  Monday     Lunar New Year (Tết) (lunar 3/1/2030)
2030-02-05  Tuesday    Lunar New Year (Tết) (lunar 4/1/2030)
2030-02-06  Wednesday  compensatory day off for 2030-02-02
2030-02-07  Thursday   compensatory day off for 2030-02-03
2030-04-12  Friday     Hùng Kings' Commemoration (lunar 10/3/2030)
2030-04-30  Tuesday    Reunification Day
2030-05-01  Wednesday  International Labour Day
2030-09-02  Monday     National Day
2030-09-03  Tuesday    National Day
11 weekdays off; 250 working days in the year.
No announcement for this year: the days above follow the Labour Code's rules.
? 0

# Bad input says what it wants, with exit 2.
$ workplan calendar --lunar 31/02/2021
! workplan: “31/02/2021” không phải một ngày từ năm 1900 đến 2100 (viết 10/02/2021 hoặc 2021-02-10)
? 2

$ workplan calendar 2021 --lunar 10/02/2021
! workplan: dùng YEAR hoặc --lunar DATE, không cả hai
? 2

$ workplan calendar 1800
! workplan: năm 1800 nằm ngoài 1900–2100
? 2

# Working days wherever a date is typed: `+5nlv` is five working days from today (Friday
# 29/10/2021: the Monday to Friday after it), and a day and month without a year fall in the
# plan's year (the built-in plan is for 2021).
$ workplan init
Đã tạo plan.md: kế hoạch công tác năm 2021, 122 nhiệm vụ.
? 0

$ workplan set KH2 due:+5nlv
plan.md:48
- - [x] Kỳ họp cuối nhiệm kỳ của HĐND tỉnh khóa IX  id:KH2 lead:TH with:VP,CTDB,HC person:mai start:2021-02-22 due:2021-03-31 done:2021-03-26
+ - [x] Kỳ họp cuối nhiệm kỳ của HĐND tỉnh khóa IX  id:KH2 lead:TH with:VP,CTDB,HC person:mai start:2021-02-22 due:2021-11-05 done:2021-03-26
? 0

$ workplan set KH2 due:10/11
plan.md:48
- - [x] Kỳ họp cuối nhiệm kỳ của HĐND tỉnh khóa IX  id:KH2 lead:TH with:VP,CTDB,HC person:mai start:2021-02-22 due:2021-11-05 done:2021-03-26
+ - [x] Kỳ họp cuối nhiệm kỳ của HĐND tỉnh khóa IX  id:KH2 lead:TH with:VP,CTDB,HC person:mai start:2021-02-22 due:2021-11-10 done:2021-03-26
? 0
