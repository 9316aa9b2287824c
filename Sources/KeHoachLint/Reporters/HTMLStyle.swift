/// The reports' only style sheet, inlined in every page: system fonts with Vietnamese
/// coverage, readable on screen, A4 when printed.
enum HTMLStyle {
  static let css = """
    :root { --ink: #1d2939; --muted: #667085; --line: #d0d5dd; --soft: #f2f4f7;
      --error: #b42318; --error-bg: #fef3f2; --warning: #b54708; --warning-bg: #fffaeb;
      --info: #175cd3; --info-bg: #eff8ff; --met: #067647; --met-bg: #ecfdf3; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5; font-size: 15px;
      font-family: "Segoe UI", "Noto Sans", Roboto, "DejaVu Sans", Arial, sans-serif; }
    main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1.05rem; margin: 1.6rem 0 .5rem; text-transform: uppercase; letter-spacing: .02em; color: #344054; }
    .eyebrow { color: var(--muted); margin: 0; font-size: .9rem; }
    .plan-title { font-size: 1.15rem; font-weight: 600; margin: .75rem 0; }
    .muted { color: var(--muted); }
    code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; background: var(--soft);
      padding: .05rem .3rem; border-radius: 3px; overflow-wrap: anywhere; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    .cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; min-width: 8rem; }
    .card .figure { font-size: 1.6rem; font-weight: 700; display: block; }
    .card.error .figure { color: var(--error); } .card.warning .figure { color: var(--warning); }
    .card.info .figure { color: var(--info); } .card.coverage .figure { color: var(--met); }
    table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
    th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
    th { background: var(--soft); font-weight: 600; }
    td.num, th.num { text-align: right; }
    td.num { white-space: nowrap; }
    table.checklist td:first-child { width: 8.5rem; }
    table.checklist td:last-child, table.citations td:last-child { width: 34%; color: var(--muted); font-size: .85rem; }
    table.scoreboard { table-layout: fixed; }
    table.scoreboard th:nth-child(1) { width: 2.2rem; } table.scoreboard th:nth-child(2) { width: 26%; }
    table.scoreboard th:nth-child(3) { width: 9.5rem; } table.scoreboard th:nth-child(5) { width: 7rem; }
    table.scoreboard th:nth-child(6), table.scoreboard th:nth-child(7) { width: 4.6rem; }
    table.scoreboard th:nth-child(8) { width: 6rem; } table.scoreboard th:nth-child(9) { width: 7.5rem; }
    table.scoreboard td, table.scoreboard th { overflow-wrap: anywhere; }
    table.scoreboard td.num { white-space: normal; }
    table.scoreboard .badge { white-space: normal; border-radius: 6px; }
    table.scoreboard td.problem { color: var(--error); }
    table.scoreboard .path { font-size: .82rem; }
    table.failures td:first-child { width: 40%; }
    table.failures td:nth-child(2) { white-space: nowrap; font-size: .85rem; }
    .verdict { font-size: 1.2rem; font-weight: 700; padding: .6rem 1rem; border-radius: 8px; margin: .5rem 0 1rem;
      border-left: 6px solid currentColor; }
    .v-pass { color: var(--met); background: var(--met-bg); }
    .v-pass-with-notes { color: var(--warning); background: var(--warning-bg); }
    .v-needs-revision, .v-unreadable { color: var(--error); background: var(--error-bg); }
    nav.on-page ul { list-style: none; padding: 0; margin: .25rem 0 .75rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
    .back { margin: 0 0 .5rem; font-size: .9rem; }
    .card.coverage.not-met .figure { color: var(--error); }
    details.met summary { cursor: pointer; color: var(--muted); margin: .5rem 0; }
    table.compact td { padding: .15rem .5rem; font-size: .85rem; }
    table.citations td:nth-child(3), table.citations th:nth-child(3) { white-space: nowrap; }
    tr { break-inside: avoid; }
    .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem;
      font-weight: 600; white-space: nowrap; }
    .sev-error, .st-not-met { color: var(--error); background: var(--error-bg); }
    .sev-warning, .st-needs-review, .st-waived { color: var(--warning); background: var(--warning-bg); }
    .sev-info { color: var(--info); background: var(--info-bg); }
    .st-met { color: var(--met); background: var(--met-bg); }
    .st-not-applicable { color: var(--muted); background: var(--soft); }
    ol.findings { list-style: none; padding: 0; margin: 0; }
    .finding { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px;
      padding: .5rem .8rem; margin: 0 0 .6rem; break-inside: avoid; }
    .finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: #f79009; }
    .finding.info { border-left-color: var(--info); }
    .finding p { margin: .25rem 0; }
    .finding.waived { opacity: .7; border-left-style: dashed; } .finding .waiver { font-size: .85rem; font-style: italic; }
    .finding .where { color: var(--muted); font-size: .88rem; }
    .finding blockquote { margin: .35rem 0; padding: .2rem .7rem; border-left: 3px solid var(--line);
      background: var(--soft); font-style: italic; overflow-wrap: anywhere; }
    .finding .source, .finding .hint { font-size: .85rem; color: var(--muted); }
    .chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
    .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .8rem; overflow-wrap: anywhere; }
    nav.contents ol { padding-left: 1.2rem; }
    article.plan + article.plan { break-before: page; }
    footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
    @media print {
      @page { size: A4; margin: 14mm 12mm; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h2, h3 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      nav.on-page, .back { display: none; }
      table.scoreboard { font-size: 9pt; }
      details::details-content { content-visibility: visible; display: block; }
    }
    @page scoreboard { size: A4 landscape; margin: 10mm; }
    body.scoreboard-page main { page: scoreboard; max-width: 80rem; }

    """
}
