#ifndef PARAMETERS_H_
#define PARAMETERS_H_

#include "ap_fixed.h"
#include "ap_int.h"

#include "nnet_utils/nnet_code_gen.h"
#include "nnet_utils/nnet_helpers.h"
// hls-fpga-machine-learning insert includes
#include "nnet_utils/nnet_activation.h"
#include "nnet_utils/nnet_activation_stream.h"
#include "nnet_utils/nnet_dense.h"
#include "nnet_utils/nnet_dense_compressed.h"
#include "nnet_utils/nnet_dense_stream.h"
#include "nnet_utils/nnet_merge.h"
#include "nnet_utils/nnet_merge_stream.h"

// hls-fpga-machine-learning insert weights
#include "weights/w2.h"
#include "weights/b2.h"
#include "weights/w4.h"
#include "weights/b4.h"
#include "weights/w17.h"
#include "weights/b17.h"


// hls-fpga-machine-learning insert layer-config
// fa
struct config2 : nnet::dense_config {
    static const unsigned n_in = 4;
    static const unsigned n_out = 4;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 16;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef fa_accum_t accum_t;
    typedef fa_bias_t bias_t;
    typedef fa_weight_t weight_t;
    typedef layer2_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// fb
struct config4 : nnet::dense_config {
    static const unsigned n_in = 4;
    static const unsigned n_out = 4;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 16;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef fb_accum_t accum_t;
    typedef fb_bias_t bias_t;
    typedef fb_weight_t weight_t;
    typedef layer4_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// r6
struct relu6_config6 : nnet::activ_config {
    static const unsigned n_in = 4;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef r6_table_t table_t;
};

// mx
struct config7 : nnet::merge_config {
    static const unsigned n_elem = 4;
    static const unsigned n_elem1 = 4;
    static const unsigned n_elem2 = 4;
    static const unsigned reuse_factor = 1;
};

// mn
struct config8 : nnet::merge_config {
    static const unsigned n_elem = 4;
    static const unsigned n_elem1 = 4;
    static const unsigned n_elem2 = 4;
    static const unsigned reuse_factor = 1;
};

// mu
struct config9 : nnet::merge_config {
    static const unsigned n_elem = 4;
    static const unsigned n_elem1 = 4;
    static const unsigned n_elem2 = 4;
    static const unsigned reuse_factor = 1;
};

// c1
struct config10 : nnet::concat_config {
    static const unsigned n_elem1_0 = 4;
    static const unsigned n_elem1_1 = 0;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 4;
    static const unsigned n_elem2_1 = 0;
    static const unsigned n_elem2_2 = 0;

    static const int axis = -1;
};

// c2
struct config11 : nnet::concat_config {
    static const unsigned n_elem1_0 = 4;
    static const unsigned n_elem1_1 = 0;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 4;
    static const unsigned n_elem2_1 = 0;
    static const unsigned n_elem2_2 = 0;

    static const int axis = -1;
};

// av
struct config12 : nnet::merge_config {
    static const unsigned n_elem = 4;
    static const unsigned n_elem1 = 4;
    static const unsigned n_elem2 = 4;
    static const unsigned reuse_factor = 1;
};

// sb
struct config13 : nnet::merge_config {
    static const unsigned n_elem = 4;
    static const unsigned n_elem1 = 4;
    static const unsigned n_elem2 = 4;
    static const unsigned reuse_factor = 1;
};

// c4
struct config14 : nnet::concat_config {
    static const unsigned n_elem1_0 = 8;
    static const unsigned n_elem1_1 = 0;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 8;
    static const unsigned n_elem2_1 = 0;
    static const unsigned n_elem2_2 = 0;

    static const int axis = -1;
};

// c3
struct config15 : nnet::concat_config {
    static const unsigned n_elem1_0 = 4;
    static const unsigned n_elem1_1 = 0;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 4;
    static const unsigned n_elem2_1 = 0;
    static const unsigned n_elem2_2 = 0;

    static const int axis = -1;
};

// cat
struct config16 : nnet::concat_config {
    static const unsigned n_elem1_0 = 16;
    static const unsigned n_elem1_1 = 0;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 8;
    static const unsigned n_elem2_1 = 0;
    static const unsigned n_elem2_2 = 0;

    static const int axis = -1;
};

// out
struct config17 : nnet::dense_config {
    static const unsigned n_in = 24;
    static const unsigned n_out = 2;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 48;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef out_accum_t accum_t;
    typedef out_bias_t bias_t;
    typedef out_weight_t weight_t;
    typedef layer17_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};



#endif
