/* Keeps a task's progress page (/tasks/{id}) up to date: polls /tasks/{id}.json every 2 s while it runs.
   Without this script the page still shows the state when it was loaded. */
(function () {
  'use strict';
  var page = document.getElementById('task');
  if (!page || !window.fetch) {
    return;
  }
  var url = page.getAttribute('data-poll');

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  }

  function show(task) {
    var bar = document.getElementById('task-progress');
    if (bar) {
      bar.max = task.total > 0 ? task.total : 1;
      bar.value = task.total > 0 ? task.done : (task.state === 'finished' ? 1 : 0);
    }
    text('task-count', task.done + '/' + task.total + ' (' + task.percent + '%)');
    text('task-state', task.stateText);
    text('task-finished', task.finished ? ', kết thúc lúc ' + task.finished : '');
    page.setAttribute('data-state', task.state);
    var failure = document.getElementById('task-failure');
    if (failure && task.failure) {
      failure.textContent = task.failure;
      failure.hidden = false;
    }
    var result = document.getElementById('task-result');
    if (result && task.result) {
      result.textContent = '';
      if (task.resultIsLink) {
        var link = document.createElement('a');
        link.href = task.result;
        link.textContent = 'Tải kết quả về';
        result.appendChild(link);
      } else {
        result.textContent = task.result;
      }
      result.hidden = false;
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (task) {
        show(task);
        if (task.state === 'running') {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 10000);
      });
  }

  if (page.getAttribute('data-state') === 'running') {
    window.setTimeout(poll, 2000);
  }
})();
