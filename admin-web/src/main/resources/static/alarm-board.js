// The alarm board's live channel (see AlarmBoardPages). On every push (and every 5 s) it fetches /alarms/rows and
// patches the board in place, keyed by data-key: rows and cells that did not change stay the same DOM nodes, so a
// note being typed, the focus and a button being clicked survive updates. Forms are sent with fetch, so acting on one
// alarm does not reload the page and wipe what is typed elsewhere; forms with data-confirm ask first.
(function () {
  var board = document.getElementById('board');
  var status = document.getElementById('live-status');
  var audio = null;
  var latest = 0;
  document.getElementById('sound-on').addEventListener('click', function () {
    audio = new (window.AudioContext || window.webkitAudioContext)();
  });
  function beep() {
    if (!audio) { return; }
    var o = audio.createOscillator(), g = audio.createGain();
    o.frequency.value = 880; o.connect(g); g.connect(audio.destination);
    g.gain.value = 0.3; o.start(); o.stop(audio.currentTime + 0.6);
  }

  function keyed(el) {
    var out = [];
    for (var i = 0; i < el.children.length; i++) {
      if (el.children[i].hasAttribute('data-key')) { out.push(el.children[i]); }
    }
    return out;
  }
  function findKey(root, key) {
    var all = root.querySelectorAll('[data-key]');
    for (var i = 0; i < all.length; i++) { if (all[i].getAttribute('data-key') === key) { return all[i]; } }
    return null;
  }
  function copyAttributes(from, to) {
    for (var i = to.attributes.length - 1; i >= 0; i--) {
      if (!from.hasAttribute(to.attributes[i].name)) { to.removeAttribute(to.attributes[i].name); }
    }
    for (var j = 0; j < from.attributes.length; j++) {
      var a = from.attributes[j];
      if (to.getAttribute(a.name) !== a.value) { to.setAttribute(a.name, a.value); }
    }
  }
  // Brings one keyed element up to date: its attributes, and each child cell whose markup changed. Cells marked
  // data-keep (the note form) are never replaced once shown.
  function patch(old, fresh) {
    copyAttributes(fresh, old);
    if (old.children.length !== fresh.children.length || old.tagName !== 'TR') {
      if (old.innerHTML !== fresh.innerHTML) { old.innerHTML = fresh.innerHTML; }
      return;
    }
    for (var i = 0; i < fresh.children.length; i++) {
      var o = old.children[i], f = fresh.children[i];
      if (o.hasAttribute('data-keep') && f.hasAttribute('data-keep')) { continue; }
      if (o.innerHTML !== f.innerHTML) { o.innerHTML = f.innerHTML; }
      copyAttributes(f, o);
    }
  }
  // Makes the keyed children of container those of fresh, in fresh's order, reusing existing nodes (found anywhere
  // on the board, so a row moves from the active to the closed table as the same node).
  function reconcile(container, fresh) {
    var wanted = keyed(fresh).map(function (f) {
      var old = findKey(board, f.getAttribute('data-key'));
      if (old) { patch(old, f); return old; }
      return document.importNode(f, true);
    });
    var keep = {};
    wanted.forEach(function (el) { keep[el.getAttribute('data-key')] = true; });
    keyed(container).forEach(function (el) {
      if (!keep[el.getAttribute('data-key')]) { container.removeChild(el); }
    });
    for (var i = 0; i < wanted.length; i++) {
      var at = keyed(container)[i];
      if (at !== wanted[i]) { container.insertBefore(wanted[i], at || null); }
    }
  }
  function apply(html) {
    var focused = document.activeElement, start = null, end = null;
    if (focused && board.contains(focused) && typeof focused.selectionStart === 'number') {
      start = focused.selectionStart; end = focused.selectionEnd;
    }
    var fresh = document.createElement('div');
    fresh.innerHTML = html;
    var containers = fresh.querySelectorAll('[data-keyed]');
    var section = board.querySelector('#alarm-rows');
    if (!section || containers.length !== board.querySelectorAll('[data-keyed]').length) {
      board.innerHTML = html;
      return;
    }
    // Plain text outside the keyed containers (headings with counts) is replaced when it changed.
    var plain = fresh.querySelectorAll('h2');
    var mine = board.querySelectorAll('h2');
    for (var h = 0; h < plain.length && h < mine.length; h++) {
      if (mine[h].innerHTML !== plain[h].innerHTML) { mine[h].innerHTML = plain[h].innerHTML; }
    }
    var own = board.querySelectorAll('[data-keyed]');
    for (var i = 0; i < containers.length; i++) { reconcile(own[i], containers[i]); }
    if (focused && focused !== document.activeElement && board.contains(focused)) {
      focused.focus();
      if (start !== null) { focused.setSelectionRange(start, end); }
    }
  }
  function refresh() {
    var asked = ++latest;
    return fetch('/alarms/rows', {credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.text();
    }).then(function (html) {
      if (asked === latest) { apply(html); }
    }).catch(function () {
      status.textContent = '⚠ 刷新失败，正在重试……';
    });
  }
  board.addEventListener('submit', function (e) {
    var form = e.target;
    e.preventDefault();
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { return; }
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) {
        status.textContent = '⚠ 没有成功（' + r.status + '），请检查后再试。';
        return;
      }
      if (form.classList.contains('note')) { form.querySelector('input[name=text]').value = ''; }
      return refresh();
    }).catch(function () {
      status.textContent = '⚠ 没有发出去：连不上服务器，请再试一次。';
    });
  });
  function connect() {
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/alarms/live');
    ws.onopen = function () { status.textContent = '实时连接正常。新的呼叫会响铃并自动显示。'; refresh(); };
    ws.onmessage = function (m) {
      var e = JSON.parse(m.data);
      if (e.kind === 'alarm' || e.kind === 'escalation' || e.kind === 'offline') { beep(); }
      refresh();
    };
    ws.onclose = function () {
      status.textContent = '⚠ 实时连接断开，正在重连……';
      setTimeout(connect, 2000);
    };
  }
  connect();
  setInterval(refresh, 5000);
})();
