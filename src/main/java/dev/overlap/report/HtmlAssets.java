package dev.overlap.report;

/** The inline style sheet and script of the HTML report. */
final class HtmlAssets {
  private HtmlAssets() {}

  /**
   * Passage colours are the classes {@code c0} to {@code c9} (pale enough to read black text on,
   * distinct side by side); the kind of reuse is the underline: solid, dashed, dotted.
   */
  static final String CSS =
      """

      :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff;
        --wash: #f6f8fa; --accent: #0b5cad; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: var(--wash);
        font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          sans-serif; }
      header.page, main, nav.contents, footer { max-width: 1400px; margin: 0 auto; padding: 0 24px; }
      header.page { padding-top: 20px; }
      h1 { font-size: 26px; margin: 0 0 6px; }
      h2 { font-size: 21px; margin: 0 0 14px; word-break: break-all; }
      h3 { font-size: 17px; margin: 0 0 10px; }
      .how { color: var(--muted); max-width: 70em; margin: 0 0 16px; }
      .what { color: var(--muted); font-weight: normal; font-size: 0.8em; text-transform: uppercase;
        letter-spacing: 0.04em; }
      a { color: var(--accent); }
      code { font-size: 0.92em; background: var(--wash); padding: 0 3px; border-radius: 3px; }
      section.essay, nav.contents > * { background: var(--paper); }
      section.essay { border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px;
        margin: 0 0 28px; }
      nav.contents { margin-bottom: 20px; }
      nav.contents h2 { background: none; }
      .summary { border-bottom: 1px solid var(--line); padding-bottom: 16px; margin-bottom: 20px; }
      .scores { display: flex; flex-wrap: wrap; gap: 12px 36px; align-items: baseline; }
      .score .num { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
      .score.big .num { font-size: 40px; color: #b3261e; }
      .explain { color: var(--muted); margin: 6px 0 14px; font-size: 14px; }
      .none { font-size: 16px; }
      table { border-collapse: collapse; width: 100%; margin: 0 0 14px; font-size: 14px; }
      th, td { text-align: left; padding: 5px 10px 5px 0; border-bottom: 1px solid var(--line);
        vertical-align: top; }
      th { color: var(--muted); font-weight: 600; font-size: 13px; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .bar { display: inline-block; width: 120px; height: 10px; background: var(--wash);
        border: 1px solid var(--line); border-radius: 5px; vertical-align: middle; overflow: hidden; }
      .bar > span { display: block; height: 100%; background: #d9534f; }
      .excluded h3 { font-size: 14px; color: var(--muted); margin: 4px 0; text-transform: uppercase;
        letter-spacing: 0.04em; }
      .excluded ul { margin: 0; padding-left: 20px; color: var(--muted); font-size: 14px; }
      .tag { display: inline-block; font-size: 12px; background: #eaeef2; border-radius: 3px;
        padding: 0 5px; color: var(--ink); }
      .error { color: #b3261e; font-weight: 600; }
      section.source { margin: 0 0 30px; }
      .rank { display: inline-block; min-width: 1.6em; text-align: center; background: var(--ink);
        color: #fff; border-radius: 4px; margin-right: 4px; }
      .shares { color: var(--muted); font-weight: normal; font-size: 14px; margin-left: 8px; }
      .passages td.preview { color: var(--muted); font-style: italic; }
      .passages tr.active td { background: #fff8c5; }
      .swatch { display: inline-block; min-width: 2em; text-align: center; border-radius: 4px;
        background: var(--hl); color: var(--ink); text-decoration: none; font-weight: 600;
        border: 1px solid rgba(0, 0, 0, 0.25); }
      .kind { font-size: 12px; padding: 1px 6px; border-radius: 10px; border: 1px solid; }
      .kind.verbatim { color: #b3261e; } .kind.edited { color: #9a5b00; }
      .kind.paraphrase { color: #5b4a9e; }
      .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
      .column { min-width: 0; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
      .colhead { padding: 6px 12px; border-bottom: 1px solid var(--line); background: var(--wash);
        font-weight: 600; word-break: break-all; border-radius: 6px 6px 0 0; }
      .text { position: relative; max-height: 70vh; overflow-y: auto; padding: 10px 14px;
        white-space: pre-wrap; overflow-wrap: anywhere;
        font: 16px/1.6 Georgia, "Times New Roman", serif; }
      mark.p { background: var(--hl); color: inherit; cursor: pointer; border-radius: 2px;
        padding: 1px 0; }
      mark.verbatim { border-bottom: 2px solid rgba(0, 0, 0, 0.6); }
      mark.edited { border-bottom: 2px dashed rgba(0, 0, 0, 0.6); }
      mark.paraphrase { border-bottom: 2px dotted rgba(0, 0, 0, 0.7); }
      mark.p.changed { font-weight: 700; color: #6b1410; }
      mark.p.active { outline: 2px solid #b3261e; }
      mark.legend { cursor: default; padding: 0 3px; }
      mark.p:focus-visible { outline: 2px solid var(--accent); }
      .c0 { --hl: #ffe08a; } .c1 { --hl: #a8d8ff; } .c2 { --hl: #ffbfcb; } .c3 { --hl: #b9ecb0; }
      .c4 { --hl: #d9c8ff; } .c5 { --hl: #ffcc99; } .c6 { --hl: #a6e6e0; } .c7 { --hl: #e9d7a8; }
      .c8 { --hl: #f7bdf0; } .c9 { --hl: #cfdc9c; }
      .unscored { color: #6e7781; }
      .unscored::before { content: attr(data-label); font: 11px/1.4 system-ui, sans-serif;
        background: #eaeef2; color: var(--muted); border-radius: 3px; padding: 1px 5px;
        margin-right: 6px; vertical-align: 2px; }
      .unscored.removed { font-style: italic; }
      footer { color: var(--muted); font-size: 13px; padding-bottom: 30px; }
      @media (max-width: 800px) { .columns { grid-template-columns: 1fr; } }
      @media print {
        body { background: #fff; }
        .text { max-height: none; overflow: visible; }
        section.essay { border: none; break-before: page; }
        mark.p { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  /**
   * Clicking a passage (or pressing Enter on it) marks both its sides active and scrolls the other
   * column to its twin; a passage number in a table scrolls both. A link to {@code #PAIR-essay}
   * or {@code #PAIR-source} opens with that passage shown; otherwise each column opens at its first
   * passage. Sets {@code data-ready} on the root
   * element once it has run.
   */
  static final String SCRIPT =
      """

      (function () {
        'use strict';
        var active = [];
        function anchor(pair, side) { return document.getElementById(pair + '-' + side); }
        function scrollColumn(target) {
          var box = target && target.closest('.text');
          if (box) { box.scrollTop = Math.max(0, target.offsetTop - box.clientHeight / 3); }
        }
        function show(pair, sides) {
          active.forEach(function (el) { el.classList.remove('active'); });
          active = Array.prototype.slice.call(document.querySelectorAll(
            'mark[data-pairs~="' + pair + '"], tr[data-pair="' + pair + '"]'));
          active.forEach(function (el) { el.classList.add('active'); });
          sides.forEach(function (side) { scrollColumn(anchor(pair, side)); });
        }
        function other(side) { return side === 'essay' ? 'source' : 'essay'; }
        document.addEventListener('click', function (event) {
          var mark = event.target.closest('mark[data-pairs]');
          if (mark) {
            show(mark.getAttribute('data-pairs').split(' ')[0], [other(mark.getAttribute('data-side'))]);
            return;
          }
          var link = event.target.closest('a[data-pair]');
          if (link) {
            event.preventDefault();
            var pair = link.getAttribute('data-pair');
            var columns = document.getElementById(pair.replace(/-p[0-9]+$/, '') + '-columns');
            if (columns) { columns.scrollIntoView({ block: 'start' }); }
            show(pair, ['essay', 'source']);
          }
        });
        document.addEventListener('keydown', function (event) {
          var mark = event.target.closest && event.target.closest('mark[data-pairs]');
          if (mark && (event.key === 'Enter' || event.key === ' ')) {
            event.preventDefault();
            mark.click();
          }
        });
        // Each column opens at its first passage, so passage 1 of every source is in view.
        Array.prototype.forEach.call(document.querySelectorAll('.text'), function (box) {
          scrollColumn(box.querySelector('.anchor'));
        });
        var hash = location.hash;
        try { hash = decodeURIComponent(hash); } catch (e) { /* a malformed hash is used as is */ }
        var target = /^#(.+)-(essay|source)$/.exec(hash);
        if (target && anchor(target[1], target[2])) { show(target[1], ['essay', 'source']); }
        document.documentElement.setAttribute('data-ready', 'true');
      })();
      """;
}
