UPDATE settings SET data = json_set(data, '$.theme', json_extract(data, '$.ui.theme'));
