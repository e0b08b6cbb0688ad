// Draws a bar chart above each dashboard table marked data-chart-table, from the table's own rows: the table stays the
// figures and the keyboard's way in. A bar opens the incidents behind it (the row's link). Suppressed counts ("<5")
// have no bar. Without script, or without Chart.js, the tables are the whole dashboard.
(function () {
    'use strict';
    if (typeof window.Chart !== 'function') {
        return;
    }
    document.querySelectorAll('[data-chart-for]').forEach(function (box) {
        var table = document.getElementById(box.getAttribute('data-chart-for'));
        if (!table) {
            return;
        }
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
        var links = rows.map(function (row) { return row.querySelector('a[data-drill]').getAttribute('href'); });
        var values = rows.map(function (row) {
            var value = row.querySelector('[data-value]').getAttribute('data-value');
            return value === '' ? null : Number(value);
        });
        box.hidden = false;
        box.classList.add('analysis-chart-' + Math.min(rows.length, 12));
        var canvas = box.querySelector('canvas');
        var chart = new window.Chart(canvas, {
            type: 'bar',
            data: { labels: labels, datasets: [{ label: 'Incidents', data: values, backgroundColor: '#1f5f8b' }] },
            options: {
                indexAxis: 'y',
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: false } },
                scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
                onClick: function (event) {
                    var hit = chart.getElementsAtEventForMode(event, 'nearest', { intersect: true }, true);
                    if (hit.length > 0) {
                        window.location.assign(links[hit[0].index]);
                    }
                },
                onHover: function (event, elements) {
                    event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
                }
            }
        });
        box.chart = chart;
    });
}());
