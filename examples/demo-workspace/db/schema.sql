-- 快购 用户与订单库（MySQL 8）
CREATE TABLE yonghu (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT '用户ID',
  xingming     VARCHAR(32)  NOT NULL COMMENT '姓名',
  shouji       CHAR(11)     NOT NULL COMMENT '手机号',
  sfzh         CHAR(18)     DEFAULT NULL COMMENT '身份证号（实名认证）',
  chusheng_riqi DATE        DEFAULT NULL COMMENT '出生日期',
  dizhi        VARCHAR(255) DEFAULT NULL COMMENT '收货地址',
  face_feature BLOB         DEFAULT NULL COMMENT '人脸特征值（刷脸登录）',
  created_at   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_shouji (shouji)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户表';

CREATE TABLE user_tags (
  user_id  BIGINT UNSIGNED NOT NULL COMMENT '用户ID',
  tag      VARCHAR(64) NOT NULL COMMENT '用户画像标签',
  weight   DECIMAL(6,4) NOT NULL DEFAULT 0 COMMENT '标签权重',
  PRIMARY KEY (user_id, tag)
) ENGINE=InnoDB COMMENT='用户兴趣标签';

-- Not personal data: a product's name and its image file name.
CREATE TABLE products (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  name       VARCHAR(128) NOT NULL COMMENT '商品名称',
  file_name  VARCHAR(255) DEFAULT NULL COMMENT '主图文件名',
  price_fen  INT NOT NULL COMMENT '价格（分）',
  PRIMARY KEY (id)
) ENGINE=InnoDB COMMENT='商品表';
