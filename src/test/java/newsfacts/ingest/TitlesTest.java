package newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented page tops ("\n" separates lines), with or without a story sentence after them, and
 * the headline Titles picks.
 */
class TitlesTest {
  private static final String STORY = "\n\nThe harbour board met on the quay on Tuesday to discuss the new timetable.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      # case                          ; page top                                                           ; title ; with a story after it
      headline on the first line      ; Harbour board approves new ferry timetable                         ; Harbour board approves new ferry timetable ; true
      breadcrumb with »               ; Home » Nation » Coast\\nHarbour board approves new ferry timetable  ; Harbour board approves new ferry timetable ; true
      breadcrumb with >               ; News > Regions > Port Marlow\\nFerry fares to rise in spring       ; Ferry fares to rise in spring ; true
      menu with bars                  ; Home | News | Sport | Opinion\\nFerry fares to rise in spring      ; Ferry fares to rise in spring ; true
      controls                        ; Menu\\nShare Print Email 0\\nFerry fares to rise in spring         ; Ferry fares to rise in spring ; true
      skip link and sign in           ; Skip to main content\\nSign in\\nFerry fares to rise in spring     ; Ferry fares to rise in spring ; true
      section label in Title Case     ; Coastal and Harbour Affairs\\nFerry fares to rise in spring        ; Ferry fares to rise in spring ; true
      section names                   ; World News and Analysis\\nFerry fares to rise in spring            ; Ferry fares to rise in spring ; true
      byline first                    ; By Jane Roe and Ola Nord\\nFerry fares to rise in spring           ; Ferry fares to rise in spring ; true
      name then By                    ; Ana Petrel Ola Nord By\\nFerry fares to rise in spring             ; Ferry fares to rise in spring ; true
      byline with a role              ; Jane Roe, Staff Writer\\nFerry fares to rise in spring           ; Ferry fares to rise in spring ; true
      staff writer line               ; The Marlow Courier staff writer\\nFerry fares to rise in spring    ; Ferry fares to rise in spring ; true
      timestamp line                  ; 10:31 a.m. ET, Mon July 4, 2022\\nFerry fares to rise in spring  ; Ferry fares to rise in spring ; true
      posted line with a byline after ; Posted on July 15, 2022 at 2:32 pm by Metro Desk\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      time, middle dot, date          ; Updated at 16.47 CET · Fri 15 Jul 2022\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      label with a time only          ; Updated 10:31 a.m. ET\\nFerry fares to rise in spring              ; Ferry fares to rise in spring ; true
      date line                       ; Published: 15 July 2022 | By Jane Roe\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      dateline paragraph first        ; VELDRA, March 2, 2019 - The harbour board met.\\nFerry fares to rise ; Ferry fares to rise ; true
      long Title Case headline        ; Harbour Board Approves New Ferry Timetable For Spring             ; Harbour Board Approves New Ferry Timetable For Spring ; true
      headline with a date in it      ; Ferry strike called for July 15 in Port Marlow                   ; Ferry strike called for July 15 in Port Marlow ; true
      headline naming an editor       ; Editor of the Marlow Courier steps down after ten years          ; Editor of the Marlow Courier steps down after ten years ; true
      headline with outlet after bar  ; Ferry fares to rise in spring | The Marlow Courier               ; Ferry fares to rise in spring | The Marlow Courier ; true
      short Title Case headline, full stop ; Ferry Fares Rise Again.                                 ; Ferry Fares Rise Again. ; true
      short label in capitals         ; IN BRIEF.\\nFerry fares to rise in spring                         ; Ferry fares to rise in spring ; true
      byline label                    ; BYLINE: Jane Roe.\\nFerry fares to rise in spring                 ; Ferry fares to rise in spring ; true
      listen control                  ; Listen to this article\\nFerry fares to rise in spring           ; Ferry fares to rise in spring ; true
      reading time                    ; 5 min read\\nFerry fares to rise in spring                       ; Ferry fares to rise in spring ; true
      reading time with a label       ; Reading time: 3 minutes\\nFerry fares to rise in spring         ; Ferry fares to rise in spring ; true
      follow control                  ; Follow us on social media\\nFerry fares to rise in spring       ; Ferry fares to rise in spring ; true
      share control                   ; Share this article\\nFerry fares to rise in spring              ; Ferry fares to rise in spring ; true
      breadcrumb with a label         ; You are here: Home / World / Coast\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      picture caption                 ; "FILE PHOTO: A ferry at the quay in Port Marlow, March 3, 2024.\\nFerry fares to rise in spring" ; Ferry fares to rise in spring ; true
      video headline is a headline    ; Video: Ferry runs aground off Port Marlow                        ; Video: Ferry runs aground off Port Marlow ; true
      short headline after furniture  ; Home » Coast\\nFerry Strike\\nBy Jane Roe                          ; Ferry Strike ; false
      live badge                    ; LIVE\\nFerry strike: live updates as talks resume ; Ferry strike: live updates as talks resume ; true
      advertisement line            ; Advertisement\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      listen with duration          ; Listen · 5:32 min\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      masthead and section          ; Marlow Evening Courier\\nLocal News\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      exclusive tag                 ; EXCLUSIVE\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      analysis label                ; Analysis\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      byline with two names and at  ; By Jane Roe and Ola Nord in Port Marlow\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      timestamp with ago            ; 3 hours ago\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      breadcrumb with slashes       ; Home / Companies / Harbour\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      menu spaced by double spaces  ; Ferries  Buses  Science  Deals  Newsletters\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      double space inside headline  ; Ferry fares  to rise in spring ; Ferry fares  to rise in spring ; true
      short headline, double space  ; Ferry fares  rise ; Ferry fares  rise ; false
      press release section label   ; Meetings Coverage and Press Releases\\nDaily Briefing by the Office of the Harbour Board ; Daily Briefing by the Office of the Harbour Board ; true
      posted time only              ; Posted 2:32 pm\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      comments count                ; 42 comments\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      photo credit                  ; Photograph: Jane Roe/Marlow Courier\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      date with byline after        ; March 4, 2025 by Jane Roe\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      by and a name, then a sentence  ; By Tuesday the board will decide on the ferry fares ; By Tuesday the board will decide on the ferry fares ; true
      updated, relative time          ; Updated 2 days ago\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      channel name with a number    ; Harbour 9 News\\nLocal News\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      score line is a headline      ; Rovers 2 City 1 ; Rovers 2 City 1 ; true
      station and programme         ; RADIO MARLOW — The Early Show\\nBroadcast: Monday 3 March 2031, 7.40am\\nTranscript\\nFerry chief on fares: "We will not cut services" ; Ferry chief on fares: "We will not cut services" ; true
      outlet in capitals and section ; MARLOW COURIER | Local News\\nFerry fares to rise in spring ; Ferry fares to rise in spring ; true
      Title Case headline with a dash ; Storm Hits Coast — Roads Closed ; Storm Hits Coast — Roads Closed ; true
      nothing but furniture           ; Home » Coast\\nShare                                             ; Home » Coast ; false
      """)
  void picksTheHeadline(String name, String top, String title, boolean withStory) {
    String text = top.replace("\\n", "\n") + (withStory ? STORY : "");
    assertEquals(title, Titles.title(text));
  }
}
