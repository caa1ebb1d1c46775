/* Refuses, before sending, a file larger than its input's data-max-bytes (the server's upload limit), with
   the message of its data-too-large attribute. The server checks the size as well. */
(function () {
  'use strict';
  var inputs = document.querySelectorAll('input[type=file][data-max-bytes]');
  Array.prototype.forEach.call(inputs, function (input) {
    input.addEventListener('change', function () {
      var max = Number(input.getAttribute('data-max-bytes'));
      var file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > max ? input.getAttribute('data-too-large') : '');
      input.reportValidity();
    });
  });
})();
