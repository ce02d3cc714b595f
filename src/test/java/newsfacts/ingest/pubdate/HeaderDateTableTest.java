package newsfacts.ingest.pubdate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import newsfacts.model.DocDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * News header lines (invented: invented places, people and outlets) and the publication date
 * they give. Each text is a headline, the header lines ("\n" separates lines) and, unless the
 * row gives its own, a story paragraph with no date in it. Evidence "*" is not checked.
 */
class HeaderDateTableTest {
  private static final String HEADLINE = "Harbour board approves new ferry timetable\n";
  private static final String STORY = "\n\nThe harbour board met on the quay to discuss the ferry timetable and the fees for"
      + " the coming season, its chair told reporters, adding that the talks with the operators would go on.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      # case                              ; header lines                                                ; value      ; evidence
      labelled day-first                  ; Published: 15 July 2022                                     ; 2022-07-15 ; Published: 15 July 2022
      labelled with on and a time after   ; Published on July 15, 2022 at 2:32 pm                       ; 2022-07-15 ; Published on July 15, 2022
      posted, short month, 24-hour time   ; Posted: Jul 15, 2022 14:32                                  ; 2022-07-15 ; Posted: Jul 15, 2022
      only last modified, DD.MM.YYYY      ; Last modified on 15.07.2022                                 ; 2022-07-15 ; Last modified on 15.07.2022
      first published, weekday first     ; First published: Fri 15 Jul 2022 14.32 BST                  ; 2022-07-15 ; First published: Fri 15 Jul 2022
      only last updated, ISO timestamp    ; Last updated: 2022-07-16T09:00:00Z                          ; 2022-07-16 ; Last updated: 2022-07-16T09:00:00Z
      date label, YYYY/MM/DD              ; Date: 2022/07/15                                            ; 2022-07-15 ; Date: 2022/07/15
      only updated, time before the date  ; Updated 10:31 a.m. ET, Mon July 4, 2022                     ; 2022-07-04 ; Updated 10:31 a.m. ET, Mon July 4, 2022
      published wins over a later update  ; Published 15 July 2022\\nUpdated 16 July 2022               ; 2022-07-15 ; Published 15 July 2022
      published wins, updated line first  ; Updated 16 July 2022\\nPublished 15 July 2022               ; 2022-07-15 ; Published 15 July 2022
      posted wins over an earlier update  ; Updated: 2022-07-14 08:00\\nPosted: 2022-07-15 09:00        ; 2022-07-15 ; Posted: 2022-07-15
      both labels on one line             ; Published 10:00 BST, 15 July 2022 | Updated 11:20 BST, 16 July 2022 ; 2022-07-15 ; Published 10:00 BST, 15 July 2022
      updated after published on a line   ; Modified: 16/07/2022 | First published: 15/07/2022          ; 2022-07-15 ; First published: 15/07/2022
      the earliest published date wins    ; Published: 16 July 2022\\nFirst published: 15 July 2022     ; 2022-07-15 ; First published: 15 July 2022
      unlabelled dateline beats updated   ; Updated July 16, 2022\\n\\nPORT MARLOW, July 15, 2022 - The ferry ran late. ; 2022-07-15 ; PORT MARLOW, July 15, 2022
      updated in brackets                 ; (Updated July 16, 2022)                                     ; 2022-07-16 ; Updated July 16, 2022
      date in brackets after a byline     ; Jane Roe (July 15, 2022)                                    ; 2022-07-15 ; Jane Roe (July 15, 2022)
      timestamp, time first               ; 09:41, March 3, 2021                                        ; 2021-03-03 ; 09:41, March 3, 2021
      weekday first with zone             ; Fri 15 Jul 2022 14.32 BST                                   ; 2022-07-15 ; Fri 15 Jul 2022
      full weekday, time and zone after   ; Friday, July 15, 2022 2:32 PM EDT                           ; 2022-07-15 ; Friday, July 15, 2022
      time after the date                 ; July 4, 2022 10:31 AM                                       ; 2022-07-04 ; July 4, 2022
      time and zone before the date       ; 10:31 a.m. ET, Mon July 4, 2022                             ; 2022-07-04 ; 10:31 a.m. ET, Mon July 4, 2022
      posted, time, then a byline         ; Posted on July 15, 2022 at 2:32 pm by Metro Desk            ; 2022-07-15 ; Posted on July 15, 2022
      time, middle dot, then the date     ; Updated at 16.47 CET · Fri 15 Jul 2022                      ; 2022-07-15 ; Updated at 16.47 CET · Fri 15 Jul 2022
      date, bar, then the time            ; Published: 15.07.2022 | 14:32                               ; 2022-07-15 ; Published: 15.07.2022
      bullet between date and time      ; 4 March 2025 • 3:42pm                                       ; 2025-03-04 ; *
      time, middle dot, day-first date  ; 15:42 · 4 Mar 2025                                          ; 2025-03-04 ; *
      label, bar, then the time         ; Last Updated: Mar 04, 2025 | 15:42 IST                      ; 2025-03-04 ; *
      label with on and a colon         ; Published on: 4 Mar 2025, 3:42 pm                           ; 2025-03-04 ; *
      posted, time first, byline after  ; Posted 3:42 PM, March 4, 2025 by Ana Ruiz                   ; 2025-03-04 ; *
      print edition label               ; Published in print: 5 March 2025                            ; 2025-03-05 ; *
      story published label             ; Story published: March 4, 2025 at 3:42 PM                   ; 2025-03-04 ; *
      dotted date, dash, time           ; Published: 04.03.2025 - 15:42                               ; 2025-03-04 ; *
      byline, bar, label                ; By Ana Ruiz and Ola Nord | Published 4 March 2025           ; 2025-03-04 ; *
      byline with role, middle dot      ; "Ana Ruiz, Health Correspondent · 4 March 2025"             ; 2025-03-04 ; *
      ordinal with comma                ; "March 4th, 2025"                                           ; 2025-03-04 ; *
      PM without a space and zone       ; Published March 4, 2025 3:42PM EST                          ; 2025-03-04 ; *
      reading time after the date       ; 9 January 2025 · 6 min read                                 ; 2025-01-09 ; *
      updated with ago after the date   ; "March 4, 2025 · Updated 2 hours ago"                       ; 2025-03-04 ; *
      date then byline without time     ; March 4, 2025 by Ana Ruiz                                   ; 2025-03-04 ; *
      weekday, comma, time with zone    ; "Tuesday, 4 March 2025, 15:42 CET"                          ; 2025-03-04 ; *
      GMT offset zone                   ; "Updated 9:12 PM GMT+1, March 18, 2025"                     ; 2025-03-18 ; *
      published at label before time    ; Published at 15:42 on 4 March 2025                          ; 2025-03-04 ; *
      first published, time and on      ; First published at 07:30 on Tuesday 4 March 2025            ; 2025-03-04 ; *
      date, comma, time and ET          ; "Mar. 4, 2025, 3:42 p.m. ET"                                ; 2025-03-04 ; *
      day, short month, comma, PM time  ; "6 Feb, 2031 05:42 PM\\n4 mins to read"                    ; 2031-02-06 ; *
      posted and updated, slash times   ; "Posted: Mar 3, 2031 / 06:12 PM EST | Updated: Mar 4, 2031 / 09:30 AM EST" ; 2031-03-03 ; *
      ordinal date, bar, updated time   ; "Tuesday, 4th March 2031 | Last updated: 10:26am"         ; 2031-03-04 ; *
      US TV: time, zone, then the date  ; "Published: 5:47 PM CDT March 4, 2031\\nUpdated: 9:03 AM CDT March 5, 2031" ; 2031-03-04 ; *
      weekday, day, month, comma, dash  ; "Tue, 04 Mar, 2031 - 06:00"                               ; 2031-03-04 ; *
      author, dash, date and UTC time   ; "Ana Ruiz - Mar 4, 2031 2:00 pm UTC"                      ; 2031-03-04 ; *
      broadcast label, dotted am time   ; "Broadcast: Tuesday 4 March 2031, 7.40am"                 ; 2031-03-04 ; *
      date, am time and AEDT zone       ; Tuesday 4 March 2031 6:00am AEDT                          ; 2031-03-04 ; *
      wire footer: first published      ; "The ferry board met.\\n\\nThis report by the Northgate Wire was first published March 3, 2031." ; 2031-03-03 ; *
      footer, originally published on   ; "The ferry board met.\\n\\nThis article was originally published on 3 March 2031." ; 2031-03-03 ; *
      header date wins over a footer    ; "Published: 4 March 2031\\n\\nThe ferry board met.\\n\\nThis report was first published March 3, 2031." ; 2031-03-04 ; *
      first published in a story line   ; "The ferry board met.\\n\\nThe audit, first published March 3, 2019, found gaps.\\n\\nThe board meets again.\\n\\nIt will vote.\\n\\nIt met before." ; 2019 ; *
      first broadcast label             ; "First broadcast: Tuesday 4 March 2031"                   ; 2031-03-04 ; *
      broadcast on, at a time           ; "Broadcast on 4 March 2031 at 07:40"                      ; 2031-03-04 ; *
      published, comma, updated         ; "Published 4 March 2031, updated 5 March 2031"            ; 2031-03-04 ; *
      posted and last updated, and      ; "Posted at 10:26 AM, Mar 04, 2031 and last updated 11:00 AM, Mar 05, 2031" ; 2031-03-04 ; *
      written by a name on the date     ; "Written by Ann Lee on 4 March 2031"                      ; 2031-03-04 ; *
      posted by a desk on, at a time    ; "Posted by Metro Desk on March 4, 2031 at 2:32 pm"        ; 2031-03-04 ; *
      e-mail sent label                 ; "Sent: Tuesday, March 4, 2031 6:00 AM"                    ; 2031-03-04 ; *
      label, time, weekday, date        ; "PUBLISHED: 10:26, Tue, Mar 4, 2031"                      ; 2031-03-04 ; *
      day-first, dash, 24-hour time     ; "04 March 2031 - 14:35\\nBy Ana Ruiz"                     ; 2031-03-04 ; *
      published and updated, two lines  ; "Published Mar 4, 2031, 05:00 AM\\nUpdated Mar 4, 2031, 11:42 AM" ; 2031-03-04 ; *
      label, space colon, bar, IST      ; "Last Updated : Mar 4 2031 | 9:41 AM IST"                 ; 2031-03-04 ; *
      time, zone, comma, month-first    ; "Updated 4:17 PM CST, March 4, 2031"                      ; 2031-03-04 ; *
      ISO stamp, dot, updated ago       ; "2031-03-04T14:05:00Z · Updated 3 hours ago · 6 min read" ; 2031-03-04 ; *
      weekday, date, time, no comma     ; "Tuesday 4 March 2031 17:02\\nMatch report by Ana Ruiz at Quay Park" ; 2031-03-04 ; *
      date line alone, day-first        ; "Daily Briefing by the Office of the Harbour Board\\n\\n4 March 2031" ; 2031-03-04 ; *
      dotted, comma, time, last updated ; "04.03.2031, 16:45 | Last updated: 05.03.2031, 08:10"   ; 2031-03-04 ; *
      a by-phrase and on in a sentence  ; "Opened by Mayor Ann Lee on March 4, 2019, the pier fell." ; ""        ; *
      a lower-case word after a byline    ; Posted on July 15, 2022 by the river                        ; ""         ; no publication date in the text
      ISO timestamp alone                 ; 2022-07-15T14:32:00Z                                        ; 2022-07-15 ; 2022-07-15T14:32:00Z
      ISO date, time and offset           ; 2022-07-15 14:32:00+02:00                                   ; 2022-07-15 ; 2022-07-15
      abbreviation with period, day first ; 15 Sept. 2022                                               ; 2022-09-15 ; 15 Sept. 2022
      abbreviation with period            ; Sept. 15, 2022                                              ; 2022-09-15 ; Sept. 15, 2022
      abbreviated weekday and month       ; Wed., Sept. 14, 2022                                        ; 2022-09-14 ; Wed., Sept. 14, 2022
      ordinal day                         ; 14th September 2022                                         ; 2022-09-14 ; 14th September 2022
      day-first weekday, no comma         ; Monday 4 July 2022                                          ; 2022-07-04 ; Monday 4 July 2022
      DD.MM.YYYY alone                    ; 15.07.2022                                                  ; 2022-07-15 ; 15.07.2022
      YYYY/M/D                            ; 2022/7/5                                                    ; 2022-07-05 ; 2022/7/5
      byline then date                    ; By Jane Roe | July 15, 2022                                 ; 2022-07-15 ; By Jane Roe | July 15, 2022
      byline line, then label             ; By Ana Petrel and Ola Nord, The Marlow Courier\\nPublished 15 July 2022 ; 2022-07-15 ; Published 15 July 2022
      dateline with year                  ; VELDRA, March 2, 2019 - The council met.                    ; 2019-03-02 ; "VELDRA, March 2, 2019"
      dateline, region and agency         ; "BRISK HARBOUR, Kessington, Jan. 22, 2024 (Northgate Wire) - Talks began." ; 2024-01-22 ; "BRISK HARBOUR, Kessington, Jan. 22, 2024"
      dateline without year, year in text ; ORLANE. May 9. The ferry board met.\\nThe fees were raised in 2017. ; 2017-05-09 ; *
      dateline without year, none in text ; PORT MARLOW, Dec. 11 (Northgate Wire) - The ferry board met. ; ""      ; dateline 'PORT MARLOW, Dec. 11' has no year
      day-first dateline without year     ; "ORLANE, 4 July (Northgate Wire) - The board met."          ; ""         ; dateline 'ORLANE, 4 July' has no year
      US numeric in a month-first article ; 03/04/2022\\n\\nThe vote set for March 10 moved to March 17. ; 2022-03-04 ; 03/04/2022
      same line in a day-first article    ; 03/04/2022\\n\\nThe vote set for 10 March moved to 17 March. ; 2022-04-03 ; 03/04/2022
      ambiguous, no style: year only      ; 03/04/2022                                                  ; 2022       ; '03/04/2022': day and month order unknown
      M/D/YYYY unambiguous                ; 07/15/2022                                                  ; 2022-07-15 ; 07/15/2022
      D/M/YYYY unambiguous                ; 15/07/2022                                                  ; 2022-07-15 ; 15/07/2022
      same day both ways                  ; 03/03/2022                                                  ; 2022-03-03 ; 03/03/2022
      label, weekday, comma before year   ; "PUBLISHED : Tuesday, 05 Mar, 2024, 2:32pm"                ; 2024-03-05 ; "PUBLISHED : Tuesday, 05 Mar, 2024"
      label of two words with time        ; Published time: 5 Mar, 2024 14:32                           ; 2024-03-05 ; "Published time: 5 Mar, 2024"
      last update, ordinal, zone          ; "Last update: 6th March, 2024 08:04 IST"                    ; 2024-03-06 ; "Last update: 6th March, 2024"
      source and editor before timestamp  ; Source: Northgate Wire Editor: Ana Ruiz 2024-03-05 14:32:00 ; 2024-03-05 ; *
      edition tag after the time          ; "Tuesday 05 March 2024 14:32, UK"                           ; 2024-03-05 ; Tuesday 05 March 2024
      hyphenated day, month and year      ; 5-Mar-2024                                                  ; 2024-03-05 ; 5-Mar-2024
      mail-header style with seconds      ; "Last Modified: Tue, 05 Mar 2024 14:32:00 GMT"              ; 2024-03-05 ; "Last Modified: Tue, 05 Mar 2024"
      time before a dotted date           ; 14:32 05.03.2024                                            ; 2024-03-05 ; 14:32 05.03.2024
      slashes between date, time, update  ; March 5, 2024 / 2:32 PM / Updated 3 hours ago              ; 2024-03-05 ; "March 5, 2024"
      upper-case month after a byline     ; By ANA RUIZ\\nMARCH 5, 2024                                 ; 2024-03-05 ; "MARCH 5, 2024"
      YYYY.MM.DD                          ; 2024.03.05                                                  ; 2024-03-05 ; 2024.03.05
      date in a story sentence            ; The ferry line was founded on June 15, 2001, in Port Marlow. ; 2001      ; *
      sentence opening with a date        ; "On July 6, 2021, the council voted to close the pier."     ; 2021       ; *
      timeline entry, not a header        ; Oct. 31, 2012 The mayor resigned over the pier.             ; 2012       ; *
      date range in a sentence            ; The survey ran May 3 - May 8 in the harbour towns.           ; ""         ; no publication date in the text
      impossible date                     ; "February 30, 2022"                                         ; ""         ; not a calendar date: 'February 30, 2022'
      impossible ISO date after a label   ; Published: 2011-13-45                                       ; ""         ; not a calendar date: 'Published: 2011-13-45'
      weekday not the date's              ; Fri 14 Jul 2022                                             ; ""         ; not a calendar date: 'Fri 14 Jul 2022'
      impossible date loses to a real one ; Published: 2022-02-30\\nUpdated: 2022-03-01                 ; 2022-03-01 ; Updated: 2022-03-01
      month word as a verb                ; Harbour workers march 5 miles to the quay                   ; ""         ; no publication date in the text
      magazine issue: month and year only ; By Ana Ruiz\\nMarch 2031 issue                               ; 2031-03    ; March 2031 issue
      labelled month and year             ; Published: Sept. 2031                                       ; 2031-09    ; Published: Sept. 2031
      month and year in a sentence        ; The ferry board last met in March 2031.                     ; 2031       ; *
      """)
  void headerGivesThePublicationDate(String name, String header, String value, String evidence) {
    String lines = header.replace("\\n", "\n");
    String text = HEADLINE + lines + (lines.contains("\n\n") ? "" : STORY);
    DocDate date = new DocDateFinder().find(text);
    assertEquals(value == null ? "" : value, date.value(), date.evidence());
    if (!"*".equals(evidence)) {
      assertEquals(evidence, date.evidence());
    }
  }
}
