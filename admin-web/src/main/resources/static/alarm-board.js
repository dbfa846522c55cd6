// The alarm board's live channel (see AlarmBoardPages): refetch rows and beep on every push.
(function () {
  var audio = null;
  document.getElementById('sound-on').addEventListener('click', function () {
    audio = new (window.AudioContext || window.webkitAudioContext)();
  });
  function beep() {
    if (!audio) { return; }
    var o = audio.createOscillator(), g = audio.createGain();
    o.frequency.value = 880; o.connect(g); g.connect(audio.destination);
    g.gain.value = 0.3; o.start(); o.stop(audio.currentTime + 0.6);
  }
  function refresh() {
    fetch('/alarms/rows', {credentials: 'same-origin'}).then(function (r) { return r.text(); })
      .then(function (html) { document.getElementById('board').innerHTML = html; });
  }
  function connect() {
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/alarms/live');
    ws.onopen = function () { document.getElementById('live-status').textContent = '实时连接正常。新的呼叫会响铃并自动显示。'; refresh(); };
    ws.onmessage = function (m) {
      var e = JSON.parse(m.data);
      if (e.kind === 'alarm' || e.kind === 'escalation' || e.kind === 'offline') { beep(); }
      refresh();
    };
    ws.onclose = function () {
      document.getElementById('live-status').textContent = '⚠ 实时连接断开，正在重连……';
      setTimeout(connect, 2000);
    };
  }
  connect();
  setInterval(refresh, 5000);
})();
