# Editing keeps every other byte: a byte order mark, tabs, trailing spaces, other bullets,
# unknown fields in their place, free text, and a last line without a newline.

> file plan.md
\xef\xbb\xbf# Kế hoạch (esc)
Đoạn văn tự do   có  nhiều   khoảng trắng.\x20\x20 (esc)

## Mảng một
* [ ] Việc viết tay không mã\x20\x20 (esc)
+ [/] Việc A\tid:A1 owner:anh.Nam  lead:X\x20\x20 (esc)
\t- [ ] Việc con  id:A1.1 room:P2 (esc)
| bảng | giữ | nguyên |
- [ ] Cuối  id:C1 (no-eol)
> end

$ workplan done A1
plan.md:6
- + [/] Việc A\tid:A1 owner:anh.Nam  lead:X\x20\x20 (esc)
+ + [x] Việc A\tid:A1 owner:anh.Nam lead:X done:2021-10-29\x20\x20 (esc)
? 0

$ workplan done C1
plan.md:9
- - [ ] Cuối  id:C1
+ - [x] Cuối  id:C1 done:2021-10-29
? 0

= file plan.md
\xef\xbb\xbf# Kế hoạch (esc)
Đoạn văn tự do   có  nhiều   khoảng trắng.\x20\x20 (esc)

## Mảng một
* [ ] Việc viết tay không mã\x20\x20 (esc)
+ [x] Việc A\tid:A1 owner:anh.Nam lead:X done:2021-10-29\x20\x20 (esc)
\t- [ ] Việc con  id:A1.1 room:P2 (esc)
| bảng | giữ | nguyên |
- [x] Cuối  id:C1 done:2021-10-29 (no-eol)
= end
