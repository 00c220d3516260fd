# Terminal escapes in a plan never reach the terminal through what the commands print for
# a person: ESC, BEL, a C1 CSI and a bidi override show as ␛, ␇ and U+FFFD in the change
# report of done and set, in list and in an error that quotes the file; the file keeps them.

> file plan.md
# Kế hoạch \x1b]0;pwned\x07 (esc)
## Việc
- [ ] Một \x1b[2J xoá \u{202E}ngược\u{202C} \xc2\x9b31m  id:T1 lead:X\x1b]52;c;YQ==\x07 (esc)
> end

$ workplan done T1
plan.md:3
- - [ ] Một ␛[2J xoá �ngược� �31m  id:T1 lead:X␛]52;c;YQ==␇
+ - [x] Một ␛[2J xoá �ngược� �31m  id:T1 lead:X␛]52;c;YQ==␇ done:2021-10-29
? 0

$ workplan list
Kế hoạch ␛]0;pwned␇

## Việc
[x] T1  Một ␛[2J xoá �ngược� �31m  (X␛]52;c;YQ==␇; xong 29/10/2021)

1/1 nhiệm vụ.
? 0

= file plan.md
# Kế hoạch \x1b]0;pwned\x07 (esc)
## Việc
- [x] Một \x1b[2J xoá \u{202E}ngược\u{202C} \xc2\x9b31m  id:T1 lead:X\x1b]52;c;YQ==\x07 done:2021-10-29 (esc)
= end
