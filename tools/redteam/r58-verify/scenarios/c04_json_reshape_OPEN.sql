UPDATE settings SET data = json_object('theme', json_extract(data, '$.ui.theme'), 'lang', json_extract(data, '$.ui.lang'));
